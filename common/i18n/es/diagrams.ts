import type { diagramsEn } from '../en/diagrams';
import type { Translation } from '../translation';

/**
 * Spanish strings for the lesson diagrams, key for key with ../en/diagrams.ts.
 * Labels are drawn in the picture and read from the back of a room: keep them
 * about as short as the English; a "\n" starts a new line.
 */
export const diagramsEs = {
  stressCurve: {
    title: 'La curva del estrés',
    description:
      'Una línea muestra cómo el estrés sube y baja con el tiempo. Llega algo estresante y suena la alarma: el estrés se dispara. Después de un momento corto, el sistema de calma baja el estrés otra vez. Cuando el estrés dura, la línea se queda arriba, porque la alarma sigue encendida.',
    caption: 'Un estrés corto vuelve a bajar. El estrés que dura deja la alarma encendida.',
    stress: 'Estrés',
    time: 'Tiempo',
    calm: 'Calma',
    stressor: 'Algo estresante',
    alarm: 'Suena la alarma',
    burst: 'Estrés corto:\nvuelve la calma',
    lasting: 'Estrés que dura:\nla alarma sigue',
  },
  urgeWave: {
    title: 'La ola de las ganas',
    description:
      'Una ola muestra qué tan fuertes son las ganas de consumir, de 0 a 10, durante 30 minutos. Las ganas crecen, llegan a lo más alto cerca del minuto 10 y luego bajan. Entre los 20 y 30 minutos ya pasaron. Usted puede dejar pasar la ola sin actuar.',
    caption: 'Las ganas de consumir crecen, llegan a lo más alto y pasan, muchas veces en 10 a 20 minutos.',
    strength: 'Intensidad',
    minutes: 'Minutos',
    builds: 'Crecen',
    peak: 'Lo más alto',
    passes: 'Pasan',
    ride: 'Deje pasar la ola.\nNo tiene que actuar.',
  },
  relapseChain: {
    title: 'El camino a una recaída',
    description:
      'Tres escalones bajan como un tobogán. Escalón 1: dejar de cuidarse, por dentro y por fuera. Escalón 2: pensar en consumir. Escalón 3: consumir. En cada escalón puede dar la vuelta: en el 1, cuidándose; en el 2, pidiendo apoyo a alguien; y aun en el 3 no es tarde para parar y buscar ayuda.',
    caption: 'La recaída es un descenso lento, y en cada escalón hay una oportunidad de dar la vuelta.',
    stage1: '1. Dejar de\ncuidarse',
    stage2: '2. Pensar\nen consumir',
    stage3: '3. Consumir',
    turn1: 'Dé la vuelta:\ndescanso, comida, gente',
    turn2: 'Dé la vuelta:\npida apoyo',
    turn3: 'Aún puede parar:\nbusque ayuda ya',
  },
  safetyPlanSteps: {
    title: 'Los seis pasos de un plan de seguridad',
    description:
      'Seis pasos suben como una escalera, en orden. 1: mis señales de alerta. 2: cosas que puedo hacer por mi cuenta. 3: personas y lugares que me distraen. 4: personas a las que puedo pedir ayuda. 5: profesionales y líneas de crisis. 6: hacer más seguro mi entorno. Si un paso no basta, siga con el siguiente.',
    caption: 'Empiece en el paso 1. Si un paso no basta, siga con el siguiente.',
    step1: 'Mis señales de alerta',
    step2: 'Cosas que puedo hacer por mi cuenta',
    step3: 'Personas y lugares que me distraen',
    step4: 'Personas a las que puedo pedir ayuda',
    step5: 'Profesionales y líneas de crisis',
    step6: 'Hacer más seguro mi entorno',
    next: '¿No basta? Suba un paso.',
  },
} satisfies Translation<typeof diagramsEn, 'many'>;
