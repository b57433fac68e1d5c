// The bundled checks' learned sentence models (learned.json, from `npm run train-coach`), joined to the checks only
// where checks run: the background, which sends them to the tab, the CLI and the eval. The popup and the options page
// list checks without them, so the models' weights are not in their bundles.
import { BUILTIN_CHECKS } from './checks-in-use';
import learned from './learned.json';
import type { Check } from './schema';

const MODELS: Readonly<Record<string, Check['learned']>> = learned.models;
const KEEP_MODELS: Readonly<Record<string, Check['learnedKeeps']>> = learned.keepModels;

/** `checks` with each bundled check given its models; a pack's check keeps what it carries. */
export function withModels(checks: readonly Check[]): Check[] {
  return checks.map((check) => {
    if (!BUILTIN_CHECKS.includes(check)) return check;
    const model = MODELS[check.id];
    const keepModel = KEEP_MODELS[check.id];
    return model || keepModel ? { ...check, ...(model && { learned: model }), ...(keepModel && { learnedKeeps: keepModel }) } : check;
  });
}

/** The bundled checks as they run. */
export const CHECKS_WITH_MODELS: readonly Check[] = /* @__PURE__ */ withModels(BUILTIN_CHECKS);
