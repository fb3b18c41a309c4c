import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { accent, alarm, DiagramFrame, ink, Label, muted } from './DiagramFrame';

/**
 * The stress curve: stress over time, shooting up when the alarm goes off, then
 * either coming back down to calm (a short burst, solid line) or staying high
 * (stress that lasts, dashed line). Every word comes from i18n
 * (`diagrams.stressCurve`), so it takes no props.
 *
 * @example
 * ### Short bursts and stress that lasts
 *
 * A short burst of stress can help. …
 *
 * <StressCurve />
 */
export function StressCurve(): JSX.Element {
  const { t } = useTranslation();
  const k = (key: string): string => t(`diagrams.stressCurve.${key}`);
  return (
    <DiagramFrame
      kind="stress-curve"
      title={k('title')}
      description={k('description')}
      caption={k('caption')}
      width={800}
      height={420}
    >
      {/* Axes: stress up, time along. */}
      <path d="M90,40 V340 H770" fill="none" stroke={ink} strokeWidth={4} />
      <Label x={90} y={28} text={k('stress')} weight={700} anchor="middle" />
      <Label x={770} y={380} text={k('time')} weight={700} anchor="end" />
      {/* The calm level. */}
      <line x1={90} y1={300} x2={770} y2={300} stroke={muted} strokeWidth={2} strokeDasharray="4 8" />
      <Label x={100} y={290} text={k('calm')} size={22} fill={muted} />
      {/* The stressor. */}
      <line x1={190} y1={340} x2={190} y2={300} stroke={ink} strokeWidth={3} />
      <Label x={190} y={380} text={k('stressor')} anchor="middle" />
      {/* Stress that lasts: dashed, staying high. */}
      <path
        d="M270,80 C320,75 360,140 420,135 S520,105 580,125 S700,135 770,120"
        fill="none"
        stroke={alarm}
        strokeWidth={6}
        strokeDasharray="18 10"
      />
      <Label x={470} y={50} text={k('lasting')} fill={alarm} weight={700} />
      {/* A short burst: solid, back down to calm. */}
      <path
        d="M90,300 H190 C220,300 235,80 270,80 C310,80 330,300 420,300 H770"
        fill="none"
        stroke={accent}
        strokeWidth={6}
      />
      <Label x={282} y={66} text={k('alarm')} weight={700} anchor="end" />
      <Label x={470} y={226} text={k('burst')} fill={accent} weight={700} />
    </DiagramFrame>
  );
}
