import type { remindersEn } from '../en/reminders';
import type { Translation } from '../translation';

/**
 * Spanish strings for reminders, key for key with ../en/reminders.ts. What a
 * notification says stays neutral: it can show on a lock screen, so it never
 * mentions health, consumo or feelings.
 */
export const remindersEs = {
  notification: {
    title: 'Groundwork',
    checkIn: 'Un recordatorio que usted programó para esta hora.',
    practice: 'Un recordatorio que usted programó para practicar.',
  },
  screen: {
    heading: 'Recordatorios',
    intro:
      'Groundwork le puede recordar hacer su registro o practicar una habilidad, los días y a la hora que usted elija. Los recordatorios están apagados hasta que usted los encienda.',
    neutral: 'Un recordatorio solo dice “{{text}}” Nadie que vea su pantalla sabrá de qué se trata.',
    browser:
      'Mientras Groundwork esté abierto en esta ventana, el recordatorio aparece como un aviso arriba en la pantalla.',
    notAllowed: 'Su programa apagó los recordatorios.',
    checkIn: 'Recordarme hacer el registro',
    practice: 'Recordarme practicar',
    days: 'Estos días',
    time: 'A esta hora',
    day: { 0: 'Domingo', 1: 'Lunes', 2: 'Martes', 3: 'Miércoles', 4: 'Jueves', 5: 'Viernes', 6: 'Sábado' },
    save: 'Guardar recordatorios',
    saved: 'Guardado. Sus recordatorios están listos.',
    failed: 'No se guardaron sus recordatorios: {{message}}',
    link: 'Recordatorios',
  },
  notice: {
    checkIn: 'Es la hora que usted eligió para hacer su registro.',
    practice: 'Es la hora que usted eligió para practicar una habilidad.',
    open: 'Hacer el registro',
    dismiss: 'Cerrar',
  },
  errors: {
    time: 'Escriba la hora como HH:MM, por ejemplo 19:30.',
    dayTwice: 'Anote cada día una sola vez.',
    off: 'Su programa apagó los recordatorios, así que no se puede programar ninguno.',
  },
} satisfies Translation<typeof remindersEn, 'many'>;
