import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { accent, accentTint, calm, DiagramFrame, ink, Label } from './DiagramFrame';

/** Where the chart's axes are, in the drawing's units: 0–30 minutes along, 0–10 up. */
const left = 110;
const right = 760;
const top = 60;
const bottom = 330;
const x = (minutes: number): number => left + ((right - left) * minutes) / 30;
const y = (strength: number): number => bottom - ((bottom - top) * strength) / 10;

/**
 * The urge wave: how strong a craving is (0–10) over 30 minutes. It builds,
 * peaks at about 10 minutes and passes by 20 to 30, and you can ride it out
 * without acting on it. Every word comes from i18n (`diagrams.urgeWave`), so it
 * takes no props.
 *
 * @example
 * ### Cravings peak and pass
 *
 * Cravings act like waves. They build, they reach a peak, and then they fade. …
 *
 * <UrgeWave />
 */
export function UrgeWave(): JSX.Element {
  const { t } = useTranslation();
  const k = (key: string): string => t(`diagrams.urgeWave.${key}`);
  const wave = `M${x(0)},${y(1)} C${x(4)},${y(1.5)} ${x(7)},${y(9.5)} ${x(10)},${y(9.5)} C${x(13)},${y(9.5)} ${x(16)},${y(3)} ${x(20)},${y(1.5)} S${x(27)},${y(0.6)} ${x(30)},${y(0.5)}`;
  return (
    <DiagramFrame
      kind="urge-wave"
      title={k('title')}
      description={k('description')}
      caption={k('caption')}
      width={800}
      height={420}
    >
      <path d={`${wave} V${bottom} H${left} z`} fill={accentTint} />
      <path d={`M${left},${top - 20} V${bottom} H${right}`} fill="none" stroke={ink} strokeWidth={4} />
      <Label x={left} y={top - 32} text={k('strength')} weight={700} anchor="middle" />
      {[0, 5, 10].map((n) => (
        <g key={`s${n}`}>
          <line x1={left - 10} y1={y(n)} x2={left} y2={y(n)} stroke={ink} strokeWidth={3} />
          <Label x={left - 16} y={y(n) + 9} text={String(n)} anchor="end" />
        </g>
      ))}
      {[0, 10, 20, 30].map((m) => (
        <g key={`m${m}`}>
          <line x1={x(m)} y1={bottom} x2={x(m)} y2={bottom + 10} stroke={ink} strokeWidth={3} />
          <Label x={x(m)} y={bottom + 38} text={String(m)} anchor="middle" />
        </g>
      ))}
      <Label x={right} y={bottom + 78} text={k('minutes')} weight={700} anchor="end" />
      <path d={wave} fill="none" stroke={accent} strokeWidth={6} />
      <Label x={x(10)} y={y(9.5) - 16} text={k('peak')} weight={700} anchor="middle" />
      <Label x={x(6.2) - 14} y={y(6.5)} text={k('builds')} weight={700} anchor="end" />
      <Label x={x(16) + 8} y={y(5)} text={k('passes')} weight={700} />
      <Label x={right} y={y(8.8)} text={k('ride')} fill={calm} weight={700} anchor="end" />
    </DiagramFrame>
  );
}
