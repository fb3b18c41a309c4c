import { useId, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { accent, accentTint, ArrowHead, DiagramFrame, ink, Label } from './DiagramFrame';

const steps = [1, 2, 3, 4, 5, 6] as const;
const rowHeight = 66;
const rowGap = 10;
const shift = 20;
const rowWidth = 640;

/**
 * The six steps of a safety plan, in their published order, as stairs going up:
 * step 1 at the bottom, and if a step is not enough, the next one up. Every word
 * comes from i18n (`diagrams.safetyPlanSteps`), so it takes no props.
 *
 * @example
 * ### The six steps of a safety plan
 *
 * 1. **My warning signs:** …
 *
 * <SafetyPlanSteps />
 */
export function SafetyPlanSteps(): JSX.Element {
  const { t } = useTranslation();
  // Marker ids are per drawing, so two copies on one page (a lesson and its preview) do not share one.
  const marker = useId();
  const k = (key: string): string => t(`diagrams.safetyPlanSteps.${key}`);
  const top = (step: number): number => 20 + (6 - step) * (rowHeight + rowGap);
  const left = (step: number): number => 20 + (step - 1) * shift;
  return (
    <DiagramFrame
      kind="safety-plan-steps"
      title={k('title')}
      description={k('description')}
      caption={k('caption')}
      width={800}
      height={530}
    >
      <defs>
        <ArrowHead id={`${marker}-up`} color={accent} />
      </defs>
      {steps.map((step) => (
        <g key={step}>
          <rect
            x={left(step)}
            y={top(step)}
            width={rowWidth}
            height={rowHeight}
            rx={10}
            fill={step % 2 === 0 ? '#fff' : accentTint}
            stroke={ink}
            strokeWidth={3}
          />
          <circle cx={left(step) + 34} cy={top(step) + rowHeight / 2} r={22} fill={accent} />
          <Label
            x={left(step) + 34}
            y={top(step) + rowHeight / 2 + 10}
            text={String(step)}
            anchor="middle"
            weight={700}
            fill="#fff"
          />
          <Label x={left(step) + 70} y={top(step) + rowHeight / 2 + 9} text={k(`step${step}`)} size={24} />
        </g>
      ))}
      <path
        d={`M760,${top(1) + rowHeight} V${top(6) + 6}`}
        stroke={accent}
        strokeWidth={6}
        markerEnd={`url(#${marker}-up)`}
      />
      <Label x={790} y={top(1) + rowHeight + 40} text={k('next')} anchor="end" size={24} weight={700} fill={accent} />
    </DiagramFrame>
  );
}
