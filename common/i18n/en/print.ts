/** English strings for printed worksheets and packets, merged into common/i18n/en.ts under the key "print". */
export const printEn = {
  of: 'of',
  confidential: 'Confidential: this page holds personal health information.',
  packetTitle: 'Worksheet packet ({{count}} worksheets)',
  largePrint: 'Large print',
  packetHeading: 'Print worksheets',
  packetIntro: 'Choose the worksheets to put in one PDF. Each worksheet starts on a new page.',
  packetLink: 'Print a packet of worksheets',
  selectModule: 'All of {{module}}',
  selectAll: 'Select all',
  selectNone: 'Clear',
  blank: 'Blank, to write on',
  filled: 'With my answers',
  content: 'Worksheets',
  save: 'Save packet as PDF',
  print: 'Print packet',
  noneSelected: 'Choose at least one worksheet.',
  selectedCount: '{{count}} worksheets chosen',
  /** Names a saved PDF (letters, digits and hyphens are kept) and a print job. */
  fileName: {
    packet: '{{first}} and {{count}} more',
    largePrint: '{{name}} large print',
    blank: '{{name}}-blank',
    fallback: 'worksheet',
  },
};
