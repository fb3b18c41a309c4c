import type { clinicEn } from '../en/clinic';
import type { Translation } from '../translation';

/**
 * Spanish strings for the clinic feature, key for key with ../en/clinic.ts.
 * The problems are read by the staff who set up the computer; setting names,
 * JSON words (true, false, null) and file names stay as they are in the file.
 */
export const clinicEs = {
  titleWithClinic: '{{app}} – {{clinic}}',
  problemsTitle: 'La configuración de la clínica necesita atención',
  problemsIntro:
    'Groundwork usa su configuración de fábrica en lugar del archivo de abajo. Esto es para el personal que preparó esta computadora: nada de lo que usted guarda se ve afectado.',
  problemsMore: 'Vea los detalles en la página Acerca de',
  problems: {
    notAFile:
      'esto no es un archivo común (es una carpeta, un dispositivo o una tubería); use un archivo de texto normal.',
    outside:
      'esto es un enlace a un archivo fuera de su carpeta, y Groundwork no sigue esos enlaces; ponga aquí el archivo mismo.',
    tooLarge: 'el archivo pesa más de {{limit}}; un archivo de clínica pesa solo unos pocos kilobytes.',
    timeout: 'no se pudo leer el archivo en {{seconds}} segundos (¿está en una unidad de red que no responde?).',
    unreadable: 'no se pudo leer el archivo ({{code}}); revise que este usuario tenga permiso para leerlo.',
    notJson:
      'el archivo no es JSON válido: {{reason}}. Busque una coma, unas comillas o un corchete que falte cerca de este punto.',
    json: {
      empty: 'el archivo está vacío',
      value:
        'aquí se esperaba un valor (texto entre comillas dobles, un número, una lista entre [ ] o ajustes entre { })',
      key: 'aquí se esperaba el nombre de un ajuste entre comillas dobles',
      colon: 'se esperaban dos puntos (:) después del nombre del ajuste',
      commaOrClose: 'aquí se esperaba una coma o el corchete de cierre',
      trailingComma: 'hay una coma antes del corchete de cierre; bórrela',
      unclosedString: 'a este texto le faltan las comillas dobles de cierre en su línea',
      escape:
        'aquí una barra invertida (\\) empieza un escape que JSON no conoce; escriba \\\\ para una barra invertida',
      control: 'hay un tabulador u otro carácter de control entre comillas; bórrelo',
      number: 'este número no está escrito como JSON escribe los números',
      endsEarly: 'el archivo termina antes de cerrar todos los corchetes',
      trailing: 'hay algo más después del final de los ajustes',
    },
    notObject: 'el archivo debe tener un solo grupo de ajustes, que empiece con { y termine con }.',
    expected: 'aquí use {{expected}}, no {{received}}.',
    kinds: {
      string: 'texto entre comillas dobles',
      number: 'un número',
      boolean: 'true o false',
      array: 'una lista entre [ ]',
      object: 'ajustes entre { }',
      null: 'null',
      nothing: 'nada',
      other: 'otra cosa',
    },
    textTooLong: 'use como máximo {{max}} caracteres.',
    textTooShort: 'esto no puede estar vacío.',
    listTooLong: 'ponga como máximo {{max}}.',
    listTooShort: 'ponga al menos {{min}}.',
    numberTooBig: 'use un número que no pase de {{max}}.',
    numberTooSmall: 'use un número no menor que {{min}}.',
    invalid: 'este valor no está permitido aquí.',
    unknownSetting: 'ajuste desconocido {{keys}}: revise cómo se escribe en docs/RELEASING.md.',
    andMoreKeys: '{{keys}} y {{count}} más',
    more: 'hay {{count}} problemas más en este archivo que no se muestran; corrija los de arriba y vuelva a revisar.',
    unchecked: 'no se pudo revisar el archivo ({{reason}}).',
    logoType:
      'el logo {{path}} no es una imagen PNG, JPEG, SVG o WebP (según lo que contiene el archivo, no según su nombre).',
    logoOutside: 'el logo {{path}} debe estar en la misma carpeta que este archivo, o en una carpeta dentro de ella.',
    logoTooLarge: 'el logo {{path}} pesa más de {{limit}}; use una imagen más pequeña.',
    logoUnreadable: 'no se pudo leer el logo {{path}}: {{reason}}',
    missing: 'ese archivo no existe.',
    svg: {
      script: 'un script',
      handler: 'un manejador de eventos (un atributo on…)',
      doctype: 'una declaración DOCTYPE, de entidad o de hoja de estilos',
      entity: 'una referencia a un carácter o a una entidad',
      embedded: 'contenido incrustado',
      animation: 'una animación',
      link: 'un enlace a otro archivo o sitio web',
    },
    logoSvgUnsafe:
      'el logo SVG {{path}} contiene {{what}}, algo que un logo no necesita y que Groundwork no permite; expórtelo como SVG simple o como PNG.',
  },
  about: {
    link: 'Acerca de Groundwork',
    title: 'Acerca de Groundwork',
    version: 'Versión',
    host: 'Se ejecuta como',
    hostElectron: 'Aplicación de escritorio',
    hostBrowser: 'En el navegador (para desarrollo y pruebas)',
    settingsTitle: 'Configuración de la clínica en uso',
    noClinic: 'No hay configuración de la clínica en uso: Groundwork usa su configuración de fábrica.',
    clinicName: 'Nombre de la clínica',
    notSet: 'Sin definir',
    language: 'Idioma',
    idleLock: 'Bloquear tras un tiempo sin uso',
    idleLockMinutes: '{{count}} minutos',
    idleLockOff: 'Desactivado',
    idleLockDefault: 'Lo que trae la aplicación',
    colours: 'Colores',
    accent: 'Color de realce {{colour}}, texto sobre el realce {{text}}',
    defaultColours: 'Colores de fábrica',
    lessonsShown: 'Módulos y lecciones que se muestran',
    allLessons: 'Todas las lecciones, en el orden de siempre',
    moduleAll: '{{module}}: todas las lecciones',
    moduleLessons: '{{module}}: {{lessons}}',
    crisisTitle: 'Líneas de crisis y números locales',
    filesTitle: 'Archivos de configuración',
    filesIntro:
      'Los ajustes del archivo de este usuario reemplazan los mismos ajustes del archivo de toda la computadora. Las lecciones de una carpeta de lecciones junto a cualquiera de los dos archivos aparecen junto a las lecciones básicas.',
    scope_machine: 'Archivo de toda la computadora',
    scope_user: 'Archivo de este usuario',
    status_loaded: 'En uso',
    status_absent: 'No existe',
    status_invalid: 'Tiene problemas: no se usa',
    lessonsFolder: 'Carpeta de lecciones de la clínica: {{dir}}',
    problemsTitle: 'Problemas',
    noProblems: 'No se encontraron problemas.',
    dataTitle: 'Dónde se guardan los datos',
    dataDir:
      'Las respuestas y la configuración de este usuario se guardan en {{dir}}. Nada sale de esta computadora a menos que se exporte.',
  },
} satisfies Translation<typeof clinicEn, 'many'>;
