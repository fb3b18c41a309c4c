import { isValidElement } from 'react';
import { RelapseChain } from './RelapseChain';
import { SafetyPlanSteps } from './SafetyPlanSteps';
import { StressCurve } from './StressCurve';
import { UrgeWave } from './UrgeWave';

/** The diagrams a lesson may draw, by the name it writes in MDX (each takes no props; words come from i18n). */
export const diagramComponents = { StressCurve, UrgeWave, RelapseChain, SafetyPlanSteps };

const diagramTypes = new Set<unknown>(Object.values(diagramComponents));

/** True when a node of a lesson's tree is one of the diagrams, so the room's view can set it beside the text. */
export function isDiagram(node: unknown): boolean {
  return isValidElement(node) && diagramTypes.has(node.type);
}
