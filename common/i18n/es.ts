/**
 * Spanish strings for everything the app shows, key for key with ./en.ts.
 * Neutral Latin American Spanish, usted, plain words; the terms kept the same
 * everywhere are listed in ./es/README.md. `satisfies` flags a missing or extra key.
 */
import type { Messages } from './en';
import { checkinsEs } from './es/checkins';
import { clinicEs } from './es/clinic';
import { dataEs } from './es/data';
import { diagramsEs } from './es/diagrams';
import { exercisesEs } from './es/exercises';
import { fhirEs } from './es/fhir';
import { languageEs } from './es/language';
import { instrumentsEs } from './es/instruments';
import { presenterEs } from './es/presenter';
import { printEs } from './es/print';
import { progressEs } from './es/progress';
import { remindersEs } from './es/reminders';
import type { Translation } from './translation';

export const es = {
  exercises: exercisesEs,
  presenter: presenterEs,
  diagrams: diagramsEs,
  data: dataEs,
  clinic: clinicEs,
  print: printEs,
  instruments: instrumentsEs,
  checkins: checkinsEs,
  reminders: remindersEs,
  progress: progressEs,
  fhir: fhirEs,
  language: languageEs,
  app: {
    name: 'Groundwork',
    tagline: 'Habilidades para la vida en recuperación',
    loading: 'Cargando…',
    skipToContent: 'Ir al contenido principal',
    startupFailed: 'Groundwork no pudo iniciarse',
    startupFailedHelp:
      'Algo falló al iniciar. Esto no afecta sus respuestas guardadas. Inténtelo de nuevo. Si vuelve a pasar, avísele a su facilitador/a.',
    tryAgain: 'Intentar de nuevo',
    dataKeptIn: 'Sus respuestas se guardan en esta computadora, en {{dir}}.',
    noticesTitle: 'Sobre sus respuestas guardadas',
    dismiss: 'Cerrar aviso',
  },
  crisis: {
    button: 'Ayuda en crisis',
    title: 'Ayuda ahora mismo',
    intro:
      'Si está pensando en hacerse daño, o si está en peligro, pida ayuda ahora. No tiene que pasar por esto a solas.',
    close: 'Cerrar',
  },
  schedule: {
    link: 'Calendarios sugeridos',
    heading: 'Calendarios sugeridos',
    intro:
      'Formas en que un programa puede ordenar las lecciones. Cada persona puede empezar cualquier semana: cada lección se entiende sola.',
    week: 'Semana {{number}}',
    none: 'No hay ningún calendario preparado.',
    missing: 'La lección "{{id}}" no está instalada',
  },
  lessons: {
    heading: 'Lecciones',
    intro: 'Elija una lección. Sus respuestas se guardan en esta computadora mientras escribe.',
    minutes: '{{count}} minutos',
    open: 'Abrir lección',
    unavailable_one: 'Una lección no está disponible por ahora. Las demás lecciones funcionan como siempre.',
    unavailable_many: '{{count}} lecciones no están disponibles por ahora. Las demás lecciones funcionan como siempre.',
    unavailable_other:
      '{{count}} lecciones no están disponibles por ahora. Las demás lecciones funcionan como siempre.',
    unavailableStaff: 'Para el personal: la página Acerca de explica por qué.',
    empty: 'No se encontró ninguna lección.',
    back: 'Todas las lecciones',
    progress: {
      'not-started': 'Hoja de trabajo sin empezar',
      started: 'Hoja de trabajo empezada: {{answered}} de {{total}} respondidas',
      complete: 'Hoja de trabajo terminada: las {{total}} respondidas',
    },
  },
  modules: {
    'stress-management': 'Manejo del estrés',
    'coping-skills': 'Habilidades para afrontar',
    'relapse-prevention': 'Prevención de recaídas',
    'recovery-life': 'Una vida en recuperación',
    other: 'Más lecciones',
  },
  lesson: {
    objectives: 'En esta lección usted va a',
    loadFailed: 'No se pudo abrir esta lección.',
    unavailable: 'Esta lección no está disponible por ahora',
    unavailableHelp: 'Por favor elija otra lección, o pregunte a quien dirige su grupo.',
    contentNoteTitle: 'Antes de empezar',
    contentNoteBody:
      'Esta lección habla de {{topics}}. Usted puede tomar un descanso, saltar partes o hablar con su facilitador/a en cualquier momento.',
    contentNoteContinue: 'Continuar con la lección',
    contentNoteBack: 'Volver a las lecciones',
    contentNoteTopics: 'Esta lección habla de {{topics}}.',
    contentNoteShow: 'Nota sobre el contenido',
    setAsideTitle: 'Algunas respuestas anteriores se guardaron aparte',
    setAsideBody:
      'Estas respuestas ya no encajan con la lección. Siguen guardadas y se muestran aquí para que no se pierda nada.',
  },
  contentNotes: {
    // Joined with commas after "habla de", so bare nouns without articles.
    suicide: 'suicidio',
    'self-harm': 'autolesiones',
    trauma: 'experiencias traumáticas',
    'substance-use': 'consumo de sustancias',
    abuse: 'maltrato',
  },
  parts: {
    why: 'Por qué es importante',
    learn: 'Aprenda',
    practice: 'Practique',
    worksheet: 'Hoja de trabajo',
    takeaway: 'Para llevar',
    facilitator: 'Notas para el/la facilitador/a',
    caution: 'Precaución',
    tip: 'Consejo',
  },
  save: {
    idle: 'Las respuestas se guardan mientras escribe',
    saving: 'Guardando…',
    saved: 'Todas las respuestas están guardadas',
    failed: 'Todavía no se guardó. Sus respuestas siguen en pantalla. Intentando otra vez…',
    retry: 'Intentar guardar otra vez',
  },
  worksheet: {
    actions: 'Acciones de la hoja de trabajo',
    exportFilled: 'Guardar mis respuestas en PDF',
    exportBlank: 'Guardar la hoja en blanco en PDF',
    print: 'Imprimir la hoja de trabajo',
    printBlank: 'Imprimir la hoja en blanco',
    paper: 'Tamaño del papel',
    letter: 'Carta',
    a4: 'A4',
    saved: 'Se guardó en {{path}}',
    cancelled: 'No se guardó nada.',
    exporting: 'Creando el PDF…',
    failed: 'No se pudo crear el PDF: {{message}}',
    name: 'Nombre',
    date: 'Fecha',
    page: 'Página',
  },
  exercise: {
    scaleAnchor: '{{value}} = {{label}}',
    scaleNone: 'Sin respuesta',
    clearScale: 'Borrar',
    myRating: 'Mi calificación: {{value}}',
    other: 'Otro',
    notAnswered: 'Sin respuesta',
  },
  desktop: {
    startFailedTitle: 'Groundwork no pudo iniciarse',
    startFailedBody:
      '{{detail}}\n\nSus respuestas guardadas no cambiaron. Abra Groundwork otra vez. Si vuelve a pasar, avísele al personal de su programa.',
    savePdf: 'Guardar PDF',
    saveBackup: 'Guardar copia de seguridad de Groundwork',
    pdfFiles: 'PDF',
    backupFiles: 'Copia de seguridad de Groundwork',
    menu: { view: 'Ver' },
    audienceTitle: 'Groundwork – vista del público',
    printWindowTitle: 'Hoja de trabajo de Groundwork',
    printFailed: 'No se pudo imprimir la hoja de trabajo: {{reason}}. Revise la impresora e intente de nuevo.',
    notFromApp: 'Esta solicitud no vino de la ventana de Groundwork, así que se rechazó.',
    notForAudience: 'La ventana proyectada no puede pedir eso.',
  },
  errors: {
    noLesson: 'No hay ninguna lección llamada "{{id}}".',
    noExercise: 'La lección "{{lesson}}" no tiene el ejercicio "{{id}}".',
    compiledMissing: 'No se encontró la lección preparada. Cierre Groundwork y ábralo otra vez.',
    pdfFailed: 'No se pudo crear el PDF: {{reason}}',
    pdfSaveFailed: 'No se pudo guardar el PDF en {{path}}: {{reason}}',
    profileChanged: 'Esta respuesta es de un perfil que ya no está abierto, así que no se guardó ahí.',
    internalError: 'Algo salió mal dentro de la aplicación. Sus respuestas guardadas están a salvo; intente de nuevo.',
    noMethod: 'No existe el método de la API "{{method}}".',
    invalidRequestTo: 'La solicitud a {{method}} no era válida.',
    unreachable: 'La aplicación no pudo llegar a sus datos: {{reason}}',
    noPageRoot: 'A la página le falta su elemento #root.',
    lessonBroken: 'No se pudo abrir esta lección: {{file}}:{{line}}:{{column}}: {{message}}',
    lessonUnreadable: 'No se pudo leer el archivo: {{reason}}',
    duplicateLessonId:
      'El identificador de lección "{{id}}" ya lo usa {{first}}, que lo conserva. Dele a esta lección un identificador propio.',
    duplicateLessonIdInLanguage:
      'El identificador de lección "{{id}}" en "{{language}}" ya lo usa {{first}}, que lo conserva. Dele a esta lección un identificador propio.',
    lessonLanguageMismatch:
      'El nombre del archivo dice que la lección está en "{{named}}", pero su encabezado dice language: {{written}}. Cambie el nombre del archivo o corrija el idioma.',
    programInvalid: 'El archivo del programa {{path}} no es válido en {{field}}: {{reason}}',
    'invalid-request': 'La aplicación envió una solicitud que no debía. Por favor, avísele a su facilitador/a.',
    'unknown-method': 'La aplicación pidió algo que no existe.',
    forbidden: 'Esa solicitud se bloqueó.',
    'not-found': 'No se encontró.',
    'lesson-broken': 'Esta lección tiene un problema y no se pudo abrir.',
    'storage-failed': 'No se pudieron guardar sus respuestas en el disco.',
    'export-failed': 'No se pudo crear el PDF.',
    cancelled: 'Cancelado.',
    internal: 'Algo falló dentro de la aplicación.',
    fileRefused: {
      absent: 'no está ahí',
      'not-regular': 'no es un archivo común (es una carpeta, un dispositivo o una tubería)',
      outside: 'es un enlace a un archivo fuera de su carpeta',
      'too-large': 'pesa más de {{limit}}',
      timeout: 'no se pudo leer en {{seconds}} segundos',
      unreadable: 'no se pudo leer ({{code}})',
    },
  },
} satisfies Translation<Messages, 'many'>;
