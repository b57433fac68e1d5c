// The relevance engine's public face: build an engine from the model and the lessons, then ask it for suggestions.
export { analyse, createEngine, suggest, DEFAULT_LIMIT, MIN_SCORE, type Analysis, type Engine } from './suggest';
export { bundledModel } from './bundled';
export type { Evidence, RankOptions, Suggestion, TextPart, TicketText } from './types';
