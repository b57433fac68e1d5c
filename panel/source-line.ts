// The panel's header line for a ticket: which desk read it (or the generic reader), its number, how many customer
// messages (messages, where the generic reader read them: it cannot tell a customer's post from staff's).
import { deskLabel } from '../src/desk-label';
import { t } from '../src/i18n';
import type { TabView } from '../src/messages';

export function sourceLine(view: Pick<TabView, 'desk' | 'ticket'>): string {
  const parts = [deskLabel(view.desk)];
  const ticket = view.ticket;
  if (ticket?.id) parts.push(t('ticketNumber', ticket.id));
  if (ticket) {
    const n = ticket.customerMessages;
    if (view.desk.generic) parts.push(n === 1 ? t('messagesReadOne') : t('messagesReadMany', String(n)));
    else parts.push(n === 1 ? t('customerMessagesOne') : t('customerMessagesMany', String(n)));
  }
  return parts.join(' · ');
}
