// The topic model trained by `npm run train`, bundled with the code that runs it (background and CLI), built on
// first use and kept.
import data from './model-data.json';
import { TopicModel, type PackedModel } from './model';

let model: TopicModel | null = null;

export function bundledModel(): TopicModel {
  model ??= new TopicModel(data as unknown as PackedModel);
  return model;
}
