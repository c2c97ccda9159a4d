import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type WinkInstance = ReturnType<typeof winkNLP>;

let instance: WinkInstance | undefined;

/**
 * The shared wink-nlp instance, created on first use and reused afterwards
 * (loading the model takes ~100 ms; every later call is free).
 */
export function wink(): WinkInstance {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
