import type { languageEn } from '../en/language';
import type { Translation } from '../translation';

/** Spanish strings for the first-run welcome and the language choice, key for key with ../en/language.ts. */
export const languageEs = {
  legend: 'Idioma',
  hint: 'Las pantallas, lecciones, hojas de trabajo, líneas de crisis y fechas usan este idioma.',
  automatic: 'El idioma de la clínica o de esta computadora (ahora {{name}})',
  saved: 'Se guardó el idioma.',
  welcome: {
    title: 'Le damos la bienvenida a Groundwork',
    what: 'Groundwork es un cuaderno de trabajo para su programa de grupo. Tiene lecciones cortas, ejercicios y hojas de trabajo sobre habilidades para la recuperación.',
    private: 'Sus respuestas se quedan en esta computadora. Solo salen de ella si usted las exporta o las comparte.',
    makeProfile: 'Cree su perfil',
    profileHint:
      'Use su nombre o un apodo. El código es opcional: evita que otras personas en esta computadora vean sus respuestas.',
  },
} satisfies Translation<typeof languageEn, 'many'>;
