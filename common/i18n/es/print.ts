import type { printEn } from '../en/print';
import type { Translation } from '../translation';

/** Spanish strings for printed worksheets and packets, key for key with ../en/print.ts. */
export const printEs = {
  of: 'de',
  confidential: 'Confidencial: esta página tiene información personal de salud.',
  packetTitle: 'Paquete de hojas de trabajo ({{count}} hojas)',
  largePrint: 'Letra grande',
  packetHeading: 'Imprimir hojas de trabajo',
  packetIntro: 'Elija las hojas de trabajo que irán en un solo PDF. Cada hoja empieza en una página nueva.',
  packetLink: 'Imprimir un paquete de hojas de trabajo',
  selectModule: 'Todo el módulo {{module}}',
  selectAll: 'Elegir todas',
  selectNone: 'Quitar todas',
  blank: 'En blanco, para escribir a mano',
  filled: 'Con mis respuestas',
  content: 'Hojas de trabajo',
  save: 'Guardar el paquete en PDF',
  print: 'Imprimir el paquete',
  noneSelected: 'Elija al menos una hoja de trabajo.',
  selectedCount: '{{count}} hojas de trabajo elegidas',
  fileName: {
    packet: '{{first}} y {{count}} más',
    largePrint: '{{name}} letra grande',
    blank: '{{name}}-en-blanco',
    fallback: 'hoja-de-trabajo',
  },
} satisfies Translation<typeof printEn, 'many'>;
