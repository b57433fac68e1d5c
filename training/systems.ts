// The systems the eval compares, each as text → main topics, best first.
import { NONE, type TopicModel } from '../src/engine/model';
import type { TopicSystem } from './measure';

/** The topic model alone: every ticket topic by probability (no thresholds). */
export function topicsOf(model: TopicModel): TopicSystem {
  return (text) =>
    model
      .predict(model.features(text))
      .filter((t) => t.topic !== NONE)
      .map((t) => t.topic);
}
