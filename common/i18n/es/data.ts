import type { dataEn } from '../en/data';
import type { Translation } from '../translation';

/** Spanish strings for profiles, passcodes, backups and recovery, key for key with ../en/data.ts. */
export const dataEs = {
  profiles: {
    defaultName: 'Yo',
    notFound: 'No se encontró ese perfil.',
    keyStoreFailed:
      'No se pudo leer la clave que abre este perfil desde el almacén seguro de esta computadora. Sus respuestas no cambiaron. Si el perfil viene de otra computadora, abra mejor su copia de seguridad.',
    pickerTitle: '¿Quién está usando Groundwork?',
    pickerIntro: 'Elija su perfil. Las respuestas de cada persona se guardan por separado y en privado.',
    open: 'Abrir {{name}}',
    hasPasscode: 'tiene código',
    newProfile: 'Perfil nuevo',
    name: 'Su nombre o un apodo',
    passcodeOptional: 'Código (opcional, al menos 6 caracteres)',
    passcodeRepeat: 'Escriba el código otra vez',
    passcodeMismatch: 'Los dos códigos no son iguales.',
    passcodeTooShort: 'El código necesita al menos {{min}} caracteres.',
    nameNeeded: 'Por favor, escriba un nombre.',
    create: 'Crear perfil',
    cancel: 'Cancelar',
    signedInAs: 'Perfil: {{name}}',
    switch: 'Cambiar de perfil',
    lockNow: 'Bloquear ahora',
    manage: 'Configuración del perfil',
    settingsTitle: 'Configuración del perfil',
    close: 'Cerrar',
    rename: 'Cambiar nombre',
    renameDone: 'Ahora el perfil se llama {{name}}.',
    passcodeTitle: 'Código',
    currentPasscode: 'Código actual',
    newPasscode: 'Código nuevo (déjelo vacío para quitarlo)',
    setPasscode: 'Guardar código',
    passcodeSet: 'Se guardó el código.',
    passcodeRemoved: 'Se quitó el código.',
    lockAfter: 'Bloquear después de estos minutos sin uso',
    saveLockAfter: 'Guardar',
    lockAfterSaved: 'Guardado.',
    deleteTitle: 'Borrar este perfil',
    deleteHelp: 'Esto borra de esta computadora todas las respuestas de este perfil. No se puede deshacer.',
    delete: 'Borrar perfil',
    deleteConfirm: '¿Borrar {{name}} y todas sus respuestas? No se puede deshacer.',
    deleteYes: 'Sí, borrar todo',
    deleteNo: 'No, conservarlo',
    deleteNeedsPasscode: 'Escriba el código de este perfil para borrarlo.',
    nameTaken: 'Ya hay otro perfil con ese nombre.',
    exists:
      'Ya hay en esta computadora una carpeta de perfil con ese nombre, así que no se escribió nada encima. Por favor, inténtelo de nuevo.',
    notOpen: 'Solo se puede cambiar el perfil que está abierto. Ábralo primero.',
    endGroup: 'Fin del grupo',
    endGroupHint: 'Guarda sus respuestas, cierra su perfil con llave y vuelve a la lista de perfiles.',
    groupEnded:
      'Sus respuestas están guardadas y su perfil está cerrado. Groundwork está listo para la siguiente persona.',
  },
  attention: {
    title: 'Perfiles que necesitan atención',
    intro: 'Estos perfiles no se pueden abrir por ahora. No se cambió ni se borró nada de ellos.',
    unnamed: 'Un perfil en la carpeta “{{id}}”',
    folder: 'Carpeta: {{folder}}',
    refused: 'Este perfil no se puede abrir. {{reason}} No se cambió nada de él.',
    problem: {
      damaged:
        'Su archivo de configuración (profile.json) y la copia que se guarda al lado están dañados o faltan, así que Groundwork no lo puede abrir.',
      'newer-version': 'Se guardó con una versión más nueva de Groundwork, que esta versión no puede leer.',
      'wrong-folder':
        'Su archivo de configuración (profile.json) es de otro perfil. Puede que lo hayan copiado aquí desde otra carpeta.',
    },
    todo: {
      damaged:
        'Qué hacer: el personal puede traer de vuelta profile.json desde una copia de seguridad de esta computadora, a la carpeta que se muestra. Si usted guardó una copia de seguridad de este perfil, también puede abrirla abajo.',
      'newer-version':
        'Qué hacer: ábralo con la versión más nueva de Groundwork, o pídale al personal que actualice Groundwork en esta computadora.',
      'wrong-folder':
        'Qué hacer: el personal puede traer de vuelta el profile.json de este perfil desde una copia de seguridad de esta computadora, a la carpeta que se muestra.',
    },
  },
  strength: {
    empty:
      'Consejo: unas pocas palabras comunes, como “tetera azul paseo mañana”, son fáciles de recordar y difíciles de adivinar.',
    'too-short': 'Muy corto: use al menos {{min}} caracteres.',
    weak: 'Fácil de adivinar. Pruebe tres o cuatro palabras comunes juntas.',
    fair: 'Está bien. Una palabra más lo haría mucho más difícil de adivinar.',
    strong: 'Fuerte: difícil de adivinar. Asegúrese de que lo va a recordar.',
  },
  lock: {
    title: 'El perfil de {{name}} está bloqueado',
    intro: 'Escriba su código para abrir sus respuestas.',
    passcode: 'Código',
    unlock: 'Desbloquear',
    wrong: 'Ese código no es correcto. Por favor, inténtelo de nuevo.',
    wait: 'Demasiados intentos. Por favor, espere {{seconds}} segundos y vuelva a intentarlo.',
    needPasscode: 'Este perfil necesita su código.',
    locked: 'Este perfil está bloqueado. Escriba el código para abrirlo.',
    unlocking: 'Revisando…',
  },
  keyStore: {
    none: 'Esta computadora no tiene un lugar seguro para guardar claves, así que sus respuestas se cifran con una clave que está en la carpeta de datos. Quien pueda abrir esa carpeta podría leerlas. Ponga un código en su perfil para mantener sus respuestas en privado.',
  },
  storage: {
    'disk-full':
      'El disco está lleno, así que no se pudieron guardar sus respuestas. Quedan en esta ventana y se guardarán en cuanto haya espacio. Por favor, no cierre Groundwork; pídale al personal que libere espacio.',
    'read-only':
      'Groundwork no tiene permiso para escribir en su carpeta de datos, así que no se pudieron guardar sus respuestas. Quedan en esta ventana y se guardarán en cuanto se pueda escribir otra vez. Por favor, no cierre Groundwork; pídale ayuda al personal.',
    other:
      'No se pudieron guardar sus respuestas en el disco. Quedan en esta ventana y Groundwork sigue intentando. Por favor, no cierre Groundwork hasta que desaparezca este mensaje.',
    otherWriter:
      'Este perfil está abierto en otra ventana de Groundwork, así que aquí solo se puede leer. Cierre la otra ventana para hacer cambios aquí.',
    bannerTitle: 'Sus respuestas todavía no están guardadas',
    pending_one: '{{count}} archivo está pendiente de guardar.',
    pending_many: '{{count}} de archivos están pendientes de guardar.',
    pending_other: '{{count}} archivos están pendientes de guardar.',
    retryNow: 'Intentar otra vez ahora',
    recovered: 'Ya se puede guardar otra vez. Todas sus respuestas están guardadas.',
  },
  answers: {
    doesNotFit: 'Esa respuesta no encaja con el ejercicio "{{label}}" ({{field}}: {{reason}}).',
    wholeAnswer: 'la respuesta',
    noLesson: 'No se encontró esa lección.',
    exerciseGone: 'La lección ya no tiene este ejercicio.',
    typeChanged: 'El ejercicio cambió de {{from}} a {{to}}.',
    noLongerFits: 'La respuesta guardada ya no encaja: {{reason}}.',
  },
  recovery: {
    // "found" joins lessonFile or historyFile with a problem: all three read as plural.
    lessonFile: 'Las respuestas guardadas de la lección "{{lesson}}"',
    historyFile: 'Las versiones anteriores de las respuestas de la lección "{{lesson}}" ({{month}})',
    found: '{{what}} {{problem}}.',
    problem: {
      truncated: 'quedaron cortadas, algo que puede pasar si la computadora se apaga de golpe o el disco se llena',
      garbage: 'tenían algo que no son datos de Groundwork',
      authentication: 'no pasaron su control de seguridad: el archivo se dañó o se cambió',
      'newer-version': 'se guardaron con una versión más nueva de Groundwork, que esta versión no puede leer',
      shape: 'no tenían el contenido esperado',
      unreadable: 'no se pudieron leer',
    },
    restored:
      'Se recuperaron sus respuestas como estaban el {{when}}, desde una copia de seguridad; puede faltar lo que escribió después.',
    noBackup: 'No se pudo leer ninguna copia de seguridad, así que esta lección empieza vacía.',
    kept: 'El archivo original se guardó, sin cambios, como {{keptAs}}; el personal le puede ayudar si lo necesita.',
    newer:
      '{{what}} se guardaron con una versión más nueva de Groundwork (versión de archivo {{version}}; esta versión lee hasta la {{current}}). Se dejaron tal como están y aquí no se pueden cambiar. Instale la versión más nueva de Groundwork para abrirlas.',
  },
  migration: {
    done: 'Sus respuestas se pasaron al nuevo almacenamiento cifrado. Se guardó una copia de seguridad cifrada del archivo anterior.',
    newer:
      'El archivo de respuestas {{file}} se guardó con una versión más nueva de Groundwork. No se cambió. Instale la versión más nueva para seguir usándolo.',
    damaged:
      'El archivo de respuestas {{file}} estaba dañado y no se pudo leer. Se guardó en la carpeta de archivos apartados.',
    beside:
      'Se encontró un archivo de respuestas anterior, {{file}}, junto a este perfil. No se combinó ni se borró: se guardó en la carpeta de archivos apartados. Pregúntele a su facilitador/a si necesita respuestas de ese archivo.',
  },
  history: {
    button: 'Versiones anteriores',
    title: 'Versiones anteriores de sus respuestas',
    intro:
      'Groundwork guarda versiones anteriores de cada respuesta. Si restaura una, la respuesta actual también queda guardada aquí.',
    none: 'Todavía no hay versiones anteriores de respuestas en esta lección.',
    savedOn: 'Guardada: {{when}}',
    restore: 'Restaurar esta versión',
    restored: 'Se restauró la versión anterior.',
    empty: '(vacía)',
    close: 'Cerrar',
  },
  portable: {
    title: 'Copia de seguridad',
    exportHelp:
      'Guarde todas las respuestas de este perfil en un solo archivo cifrado, para conservarlo o llevarlo a otra computadora. Elija un código para el archivo; lo necesitará para abrirlo.',
    exportPasscode: 'Código de la copia de seguridad (al menos 8 caracteres)',
    export: 'Guardar copia de seguridad',
    exported: 'La copia de seguridad se guardó en {{path}}.',
    cancelled: 'No se guardó nada.',
    importTitle: 'Abrir una copia de seguridad',
    importHelp: 'Agrega a esta computadora el perfil de una copia de seguridad. Usará el código de la copia.',
    importFile: 'Copia de seguridad',
    importPasscode: 'El código de la copia de seguridad',
    import: 'Abrir copia de seguridad',
    imported: 'Se agregó el perfil {{name}}.',
    wrongPasscode: 'El código no abre esta copia de seguridad, o el archivo está dañado.',
    notBackup: 'Este archivo no es una copia de seguridad de Groundwork.',
    tooCostly:
      'Abrir esta copia de seguridad pediría muchísima más memoria o tiempo de lo que Groundwork usa, así que no se abrió. No la hizo Groundwork, o alguien la cambió.',
    newer:
      'Esta copia de seguridad se hizo con una versión más nueva de Groundwork. Instale la versión más nueva para abrirla.',
    importedName: '{{name}} (importado)',
  },
} satisfies Translation<typeof dataEn, 'many'>;
