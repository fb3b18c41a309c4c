import type { fhirEn } from '../en/fhir';
import type { Translation } from '../translation';

/**
 * Spanish strings for sharing with the clinic's health record (FHIR), key for key
 * with ../en/fhir.ts: the share screen and the names of check-in measures.
 */
export const fhirEs = {
  share: {
    recordName: 'su registro de lo que envió a su clínica',
    link: 'Compartir con mi equipo de atención',
    heading: 'Compartir con el expediente clínico de mi equipo de atención',
    intro:
      'Elija los días y qué incluir. Verá lo que se compartiría antes de que algo salga de esta computadora. No se envía nada a menos que oprima Enviar.',
    days: 'Qué días',
    from: 'Desde',
    to: 'Hasta',
    include: 'Qué incluir',
    worksheets: 'Mis respuestas de las hojas de trabajo',
    selfChecks: 'Mis resultados de autoevaluaciones',
    checkIns: 'Mis registros diarios',
    notes: 'Las notas que escribí en mis registros',
    preview: 'Mostrar lo que se compartiría',
    whatGoes: 'Lo que se compartiría',
    nothing: 'No hay nada que compartir con estos días y opciones.',
    count: {
      QuestionnaireResponse_one: '{{count}} grupo de respuestas',
      QuestionnaireResponse_many: '{{count}} grupos de respuestas',
      QuestionnaireResponse_other: '{{count}} grupos de respuestas',
      Observation_one: '{{count}} puntaje o medida del registro',
      Observation_many: '{{count}} puntajes y medidas de los registros',
      Observation_other: '{{count}} puntajes y medidas de los registros',
      Questionnaire_one: '{{count}} formulario en blanco, para que el expediente muestre las preguntas',
      Questionnaire_many: '{{count}} formularios en blanco, para que el expediente muestre las preguntas',
      Questionnaire_other: '{{count}} formularios en blanco, para que el expediente muestre las preguntas',
      Patient_one: 'Su número de paciente en la clínica',
      Patient_many: 'Su número de paciente en la clínica',
      Patient_other: 'Su número de paciente en la clínica',
    },
    patientId: 'Su número de paciente en la clínica (opcional)',
    patientIdHint: 'Solo si su equipo de atención se lo pidió. Se usa solo para este envío y no se guarda.',
    save: 'Guardar como archivo',
    send: 'Enviar a mi clínica',
    confirm: '¿Enviar ahora {{count}} elementos a {{server}}?',
    sendNow: 'Sí, enviar ahora',
    notNow: 'Ahora no',
    noServerHint:
      'Su clínica no ha preparado una forma de enviar. Puede guardar un archivo y dárselo a su equipo de atención.',
    saved: 'Se guardó en {{path}}.',
    saveCancelled: 'No se guardó nada.',
    sent: 'Se envió a {{server}}.',
    refused:
      'El sistema de su clínica no lo aceptó ({{reasons}}). No se perdió nada. Puede intentarlo de nuevo más tarde o guardar un archivo.',
    unreachable:
      'No se pudo conectar con el sistema de su clínica. No se perdió nada. Revise la conexión a internet e inténtelo de nuevo más tarde.',
    history: 'Lo que he enviado',
    noHistory: 'Todavía no ha enviado nada.',
    historyItem: {
      sent: '{{when}}: días del {{from}} al {{to}}, enviado a {{server}}',
      refused: '{{when}}: días del {{from}} al {{to}}, no aceptado por {{server}}',
      unreachable: '{{when}}: días del {{from}} al {{to}}, no se pudo conectar con {{server}}',
    },
    invalid:
      'Groundwork hizo un registro que no sigue el estándar del expediente clínico, así que no se guardó ni se envió. No se perdió nada. Por favor, avise a su clínica.',
    saveFailed: 'No se pudo guardar el archivo en {{path}}: {{reason}}',
    noServer: 'Su clínica no ha preparado un servidor de expediente clínico. Puede guardar un archivo.',
    secretUnreadable:
      'No se pudo leer el archivo de acceso de la clínica para su servidor de expediente clínico ({{reason}}). No se envió nada.',
  },
  checkIn: {
    mood: 'Ánimo hoy (0 muy bajo – 10 muy bueno)',
    craving: 'Ganas de consumir hoy (0 ninguna – 10 las más fuertes)',
    stress: 'Estrés hoy (0 en calma – 10 el mayor estrés)',
    sleepHours: 'Horas de sueño',
    sleepQuality: 'Qué tan bien dormí (0 muy mal – 4 muy bien)',
    used: 'Tomó alcohol o consumió desde el último registro',
    skills: 'Habilidades usadas',
    note: 'Nota',
  },
} satisfies Translation<typeof fhirEn, 'many'>;
