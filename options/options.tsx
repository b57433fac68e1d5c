// Entry of the options page (options.html): the page is drawn by Preact into #app.
import { render } from 'preact';
import { t } from '../src/i18n';
import { OptionsPage } from './page';

document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
