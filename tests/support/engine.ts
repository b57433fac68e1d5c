// The engine as the extension builds it: the bundled topic model and the built-in lessons.
import { bundledModel, createEngine } from '../../src/engine/index';
import { BUILTIN_LESSONS } from '../../src/lessons/index';

export const ENGINE = createEngine(bundledModel(), BUILTIN_LESSONS);
