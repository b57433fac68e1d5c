// Content script entry. Whatever goes wrong in here must not break the desk page.
import { startInTopFrame } from './main';

try {
  startInTopFrame(window);
} catch (error) {
  console.debug('[Extra Mile] could not start on this page:', error);
}
