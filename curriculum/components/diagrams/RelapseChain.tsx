import { useId, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { alarm, alarmTint, ArrowHead, calm, DiagramFrame, ink, Label } from './DiagramFrame';

/** The three stages, stepping down like a slide, each with its way to turn around. */
const stages = [
  { key: 1, x: 30, y: 20, turnX: 360, turnY: 50 },
  { key: 2, x: 230, y: 160, turnX: 560, turnY: 190 },
  { key: 3, x: 430, y: 300, turnX: 296, turnY: 336 },
] as const;
const boxWidth = 300;
const boxHeight = 100;

/**
 * The relapse process as a chain of three stages going down like a slide:
 * feelings and self-care slip, thinking about using, using. Each stage has its
 * way to turn around, drawn as a green arrow back up. Every word comes from
 * i18n (`diagrams.relapseChain`), so it takes no props.
 *
 * @example
 * ### A process, not a moment
 *
 * Relapse is often a slow slide, not a sudden fall. …
 *
 * <RelapseChain />
 */
export function RelapseChain(): JSX.Element {
  const { t } = useTranslation();
  // Marker ids are per drawing, so two copies on one page (a lesson and its preview) do not share one.
  const marker = useId();
  const k = (key: string): string => t(`diagrams.relapseChain.${key}`);
  return (
    <DiagramFrame
      kind="relapse-chain"
      title={k('title')}
      description={k('description')}
      caption={k('caption')}
      width={800}
      height={430}
    >
      <defs>
        <ArrowHead id={`${marker}-down`} color={ink} />
        <ArrowHead id={`${marker}-back`} color={calm} />
      </defs>
      {stages.map((stage, i) => {
        const next = stages[i + 1];
        const last = next === undefined;
        return (
          <g key={stage.key}>
            <rect
              x={stage.x}
              y={stage.y}
              width={boxWidth}
              height={boxHeight}
              rx={14}
              fill={last ? alarmTint : '#fff'}
              stroke={last ? alarm : ink}
              strokeWidth={4}
            />
            <Label
              x={stage.x + 22}
              y={stage.y + (k(`stage${stage.key}`).includes('\n') ? 42 : 60)}
              text={k(`stage${stage.key}`)}
              weight={700}
            />
            {next === undefined ? null : (
              <path
                d={`M${stage.x + 90},${stage.y + boxHeight + 4} V${next.y + boxHeight / 2} H${next.x - 8}`}
                fill="none"
                stroke={ink}
                strokeWidth={4}
                markerEnd={`url(#${marker}-down)`}
              />
            )}
            {last ? (
              <Label
                x={stage.turnX}
                y={stage.turnY}
                text={k(`turn${stage.key}`)}
                fill={calm}
                weight={700}
                anchor="end"
              />
            ) : (
              <>
                <path
                  d={`M${stage.x + boxWidth + 6},${stage.y + 70} h40 v-40 h-30`}
                  fill="none"
                  stroke={calm}
                  strokeWidth={4}
                  markerEnd={`url(#${marker}-back)`}
                />
                <Label x={stage.turnX + 36} y={stage.turnY} text={k(`turn${stage.key}`)} fill={calm} weight={700} />
              </>
            )}
          </g>
        );
      })}
    </DiagramFrame>
  );
}
