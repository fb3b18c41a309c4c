import type { instrumentsEn } from '../en/instruments';
import type { Translation } from '../translation';

/**
 * Spanish strings for the self-checks, key for key with ../en/instruments.ts.
 * Band words describe answers in plain language and never name a diagnosis.
 */
export const instrumentsEs = {
  common: {
    heading: 'Autoevaluaciones',
    notADiagnosis: 'Esto es para ver cómo ha estado. No es un diagnóstico.',
    talkWithCareTeam: 'Hable de esto con su equipo de atención.',
    scoreOutOf: 'Puntaje: {{total}} de {{max}}',
    incomplete: 'Faltan preguntas por contestar, así que no hay puntaje. Sus respuestas quedan guardadas.',
    ownCheck:
      'Una autoevaluación propia de Groundwork, para ver cómo cambian las cosas con el tiempo. No es una escala clínica validada.',
    published: 'Un cuestionario muy usado, tal como se publicó.',
    source: 'Fuente',
    notice: 'Permiso de uso',
    shownInEnglish: 'Este cuestionario se muestra en inglés: su traducción oficial todavía no está en Groundwork.',
    neverDone: 'Todavía no la ha hecho',
    dueNow: 'Lista para hacer ahora',
    dueOn: 'La próxima: {{date}}',
  },
  safety: {
    title: 'Gracias por contárnoslo',
    message:
      'Usted dijo que ha pensado que estaría mejor muerto o muerta, o que ha pensado en hacerse daño. Gracias por su sinceridad. No tiene que cargar con estos pensamientos a solas.',
    reachOut: 'Si cree que podría hacer lo que dicen estos pensamientos, o si está en peligro ahora, pida ayuda ya:',
    planTitle: 'Su plan de seguridad',
    planIntro:
      'Usted hizo este plan en la lección del plan de seguridad. Empiece por el primer paso que se sienta capaz de hacer.',
    noPlan:
      'Todavía no tiene un plan de seguridad. La lección del plan de seguridad le puede ayudar a hacerlo con su equipo de atención.',
    careTeam: 'Por favor, cuéntele hoy a su equipo de atención sobre esta respuesta.',
    backToQuestions: 'Volver a las preguntas',
    summaryMark:
      'Se indicaron pensamientos de estar mejor muerto/a o de hacerse daño. Hacer seguimiento con el equipo de atención.',
  },
  'phq-9': {
    title: 'Estado de ánimo (PHQ-9)',
    bands: {
      minimal: {
        label: 'Pocas o ninguna señal de ánimo bajo',
        meaning: 'Sus respuestas muestran pocas o ninguna señal de ánimo bajo en las últimas 2 semanas.',
      },
      mild: {
        label: 'Algunas señales de ánimo bajo',
        meaning:
          'Sus respuestas muestran algunas señales de ánimo bajo en las últimas 2 semanas. Esté atento/a a cómo se siente.',
      },
      moderate: {
        label: 'Bastantes señales de ánimo bajo',
        meaning: 'Sus respuestas muestran bastantes señales de ánimo bajo en las últimas 2 semanas.',
      },
      'moderately-severe': {
        label: 'Muchas señales de ánimo bajo',
        meaning:
          'Sus respuestas muestran muchas señales de ánimo bajo en las últimas 2 semanas. Hable pronto con su equipo de atención.',
      },
      severe: {
        label: 'Muchísimas señales de ánimo bajo',
        meaning:
          'Sus respuestas muestran muchísimas señales de ánimo bajo en las últimas 2 semanas. Hable con su equipo de atención lo antes posible.',
      },
    },
  },
  'gad-7': {
    title: 'Preocupación y ansiedad (GAD-7)',
    bands: {
      minimal: {
        label: 'Pocas o ninguna señal de preocupación y ansiedad',
        meaning: 'Sus respuestas muestran pocas o ninguna señal de preocupación y ansiedad en las últimas 2 semanas.',
      },
      mild: {
        label: 'Algunas señales de preocupación y ansiedad',
        meaning:
          'Sus respuestas muestran algunas señales de preocupación y ansiedad en las últimas 2 semanas. Esté atento/a a cómo se siente.',
      },
      moderate: {
        label: 'Bastantes señales de preocupación y ansiedad',
        meaning: 'Sus respuestas muestran bastantes señales de preocupación y ansiedad en las últimas 2 semanas.',
      },
      severe: {
        label: 'Muchas señales de preocupación y ansiedad',
        meaning:
          'Sus respuestas muestran muchas señales de preocupación y ansiedad en las últimas 2 semanas. Hable con su equipo de atención lo antes posible.',
      },
    },
  },
  'craving-check': {
    title: 'Ganas de consumir',
    bands: {
      low: {
        label: 'Pocas ganas de consumir',
        meaning:
          'Las ganas de consumir no han sido un gran problema en las últimas 2 semanas. Siga con lo que le funciona.',
      },
      some: {
        label: 'Algunas ganas de consumir',
        meaning:
          'Han aparecido ganas de consumir. Es común en la recuperación. Su plan para afrontarlas le puede ayudar.',
      },
      strong: {
        label: 'Ganas fuertes de consumir',
        meaning:
          'Las ganas de consumir han sido fuertes o frecuentes. Apóyese en su plan de prevención de recaídas y en las personas que están en él.',
      },
      'very-strong': {
        label: 'Ganas muy fuertes de consumir',
        meaning:
          'Las ganas de consumir han sido muy fuertes y le están afectando. Hable hoy con su equipo de atención y use su plan.',
      },
    },
  },
} satisfies Translation<typeof instrumentsEn, 'many'>;
