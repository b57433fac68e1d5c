// Content script entry. Whatever goes wrong in here must not break the desk page.
import { start } from './main';

try {
  start(window);
} catch (error) {
  console.debug('[Extra Mile] could not start on this page:', error);
}
