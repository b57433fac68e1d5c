// A ticket in another language gets no suggestion, and says why: the model and the cues read English only. Our own
// English, slang, typos and non-native writing included, is never taken for another language.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/engine/index';
import { readsAsEnglish, WORDS_LOOKED_AT } from '../src/engine/language';
import { modelWords } from '../src/engine/words';
import { readCorpus } from '../training/corpus';
import { ENGINE } from './support/engine';

const PARCEL_NOT_HERE = {
  German: 'Hallo, mein Paket ist immer noch nicht angekommen. Ich habe vor zwei Wochen bestellt und warte noch. Können Sie bitte nachsehen?',
  French: 'Bonjour, je n’ai toujours pas reçu ma commande. Pouvez-vous vérifier où elle se trouve ? Merci beaucoup.',
  Spanish: 'Hola, mi pedido no ha llegado todavía y ya pasaron dos semanas. ¿Pueden revisar qué pasó? Gracias.',
  Portuguese: 'Olá, a minha encomenda ainda não chegou. Fiz o pedido há duas semanas. Podem verificar por favor?',
  Italian: 'Ciao, il mio pacco non è ancora arrivato. Ho ordinato due settimane fa. Potete controllare per favore?',
  Dutch: 'Hallo, mijn pakket is nog steeds niet aangekomen. Ik heb twee weken geleden besteld. Kunnen jullie kijken?',
  Swedish: 'Hej, mitt paket har fortfarande inte kommit. Jag beställde för två veckor sedan. Kan ni kolla?',
  Polish: 'Cześć, moja paczka nadal nie dotarła. Zamówiłem dwa tygodnie temu. Czy możecie sprawdzić?',
  Turkish: 'Merhaba, paketim hâlâ gelmedi. İki hafta önce sipariş verdim. Kontrol edebilir misiniz?',
  Arabic: 'مرحبا، لم يصل طردي بعد. طلبته منذ أسبوعين. هل يمكنكم التحقق من ذلك من فضلكم؟',
};
const english = (text: string) => readsAsEnglish(modelWords(text), ENGINE.model.lexicon);
const lines = (file: string) => readFileSync(resolve(__dirname, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text);

describe('a ticket in another language', () => {
  it.each(Object.entries(PARCEL_NOT_HERE))('%s: no suggestion, and the analysis says why', (_, text) => {
    const analysis = analyse(text, ENGINE);
    expect(analysis.suggestions).toEqual([]);
    expect(analysis.notEnglish).toBe(true);
  });

  it.each([
    ['Spanish with English-looking function words', 'No me llegó el pedido y nadie me responde, quiero mi dinero'],
    ['Dutch with "is"', 'Mijn pakket is beschadigd aangekomen en de klantenservice reageert niet.'],
    ['Japanese, a few long words', '注文した商品がまだ届きません。返金してください。'],
    ['Chinese', '我的包裹还没有到，请帮我查一下。'],
    ['Russian', 'Моя посылка до сих пор не пришла, помогите пожалуйста'],
  ])('%s: no suggestion', (_, text) => {
    expect(analyse(text, ENGINE).suggestions).toEqual([]);
    expect(analyse(text, ENGINE).notEnglish).toBe(true);
  });

  it(`is judged on its first ${WORDS_LOOKED_AT} words: a huge ticket costs no more than its start`, () => {
    const german = (PARCEL_NOT_HERE.German + ' ').repeat(Math.ceil(WORDS_LOOKED_AT / 18));
    expect(english(german + ' The parcel is late and I want my money back.'.repeat(10_000))).toBe(false);
    expect(english('The parcel is late and I want my money back. '.repeat(300) + german.repeat(50))).toBe(true);
  });

  it('reads an English ticket with a name or an address in another script as English', () => {
    for (const text of ['Where is my order??? It has been two weeks. Order: Привет Москва, ул Ленина д 5 кв 12, Иванов Иван Иванович', 'Hi, my order of ワイヤレスイヤホン has not arrived yet. 東京都渋谷区神南一丁目 山田太郎']) {
      expect(english(text), text).toBe(true);
    }
  });

  it('looks up no more words than it needs: an English ticket stops once enough of its words are known', () => {
    // Each lookup that misses the frequent words costs the dictionary filter's seven hashes, on every ticket ranked.
    const text = 'Hi, the parcel you promised for Friday is late again and nobody answers my emails about where it is. '.repeat(20);
    const words = modelWords(text);
    let lookups = 0;
    const counting = { has: (word: string) => (lookups++, ENGINE.model.lexicon.has(word)) };
    expect(readsAsEnglish(words, counting)).toBe(true);
    const long = words.filter((w) => !w.symbol && w.form.length >= 3).length;
    expect(long).toBeGreaterThan(200);
    expect(lookups).toBeLessThanOrEqual(Math.ceil(long * 0.3));
  });

  it('says too little to judge in a word or two, and is then ranked as written', () => {
    expect(english('Danke!')).toBe(true);
    expect(analyse('Refund please', ENGINE).notEnglish).toBeUndefined();
  });
});

describe('English, however it is written', () => {
  it.each([
    '@VoxMobile absolutly discusting service. shame on u',
    '@Brandz smth wrong w my order i think',
    'hi, I submit refund request for cancelled flight, you say 7 days, now is 5 weeks. nobody answer my emails',
    'WTF IS THIS. SERIOUSLY. Third time the app logs me out mid-payment.',
  ])('"%s" is read as English', (text) => {
    expect(english(text)).toBe(true);
    expect(analyse(text, ENGINE).notEnglish).toBeUndefined();
  });

  it('holds over every message we wrote but the one in Spanish', () => {
    const texts = [...readCorpus(resolve(__dirname, '../training/corpus')).map((m) => m.text), ...lines('relevance/natural-bulk.jsonl'), ...lines('relevance/written-tickets.jsonl')];
    expect(texts.length).toBeGreaterThan(10_000);
    expect(texts.filter((text) => !english(text))).toEqual(['ya basta!!! que porquería de servicio!!! CERO']);
  });
});
