// The examples that shaped the reply checks (written with the patterns; the measuring set is tests/coach/replies.jsonl,
// which no test reads). Each line: a draft, and which way one check must go.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betterPhrase, checkedLessons, checkedTopics, checkReply, checkReplyWith, checksFor, filledBlanks, VOCABULARY, withSlots, type Check, type CheckResult } from '../src/coach/index';
// The checks as they run: with the learned models of passing on and blame (models.ts).
import { CHECKS_WITH_MODELS as BUILTIN_CHECKS } from '../src/coach/models';
import { BUILTIN_LESSONS } from '../src/lessons/index';
import { TOPIC_IDS } from '../src/topics';
import { suggest } from '../src/engine/index';
import { fillBlanks } from '../training/coach/data';
import { ENGINE } from './support/engine';
import lessonCases from './lesson-cases.json';

function run(id: string, draft: string): CheckResult {
  const check = BUILTIN_CHECKS.find((c) => c.id === id);
  if (!check) throw new Error(`no check ${id}`);
  const [result] = checkReply(draft, [check.topic], [check]);
  if (!result) throw new Error('the check did not run');
  return result;
}

const cases: Array<[string, boolean, string]> = [
  // says-when
  ['says-when', true, "I'll ring you on Wednesday afternoon with the engineer's findings."],
  ['says-when', true, 'Expect the next update from me before 11am tomorrow.'],
  ['says-when', true, "You'll have the new card within 3 working days."],
  ['says-when', true, "The parts are due on the 14th; I'll confirm once they land."],
  ['says-when', false, "Our team is investigating and we'll be in touch as soon as possible."],
  ['says-when', false, 'I have forwarded this to the relevant people. Thanks for bearing with us.'],
  ['says-when', false, 'We received your email on Monday and are looking into it.'],
  ['says-when', false, "I can't promise a date by Friday, but we are on it."],
  // stays-calm: what a step says to press is the screen's words (a review, 2026-12-05: each was "shouts").
  ['stays-calm', true, '1. Open the ADMIN PANEL and choose Data.\n2. Press the EXPORT ALL button; we will build a ZIP of your files.'],
  ['stays-calm', true, '3. Tick ALL CONTACTS and press the DOWNLOAD button.'],
  ['stays-calm', false, 'Please DO NOT press anything until I call you back.'],
  ['stays-calm', false, 'I ALREADY told you to click the link in the email.'],
  // no-passing-on
  // The agent owning what went wrong, not pointing at the customer (a review, 2026-12-05: each was "points a finger").
  ['blames-no-one', true, "I'm so sorry - you gave up a day's pay to wait in and nobody came. I've booked a new engineer for Thursday."],
  ['blames-no-one', true, "I'm sorry you've been waiting over a week with no reply - that's not good enough."],
  ['blames-no-one', true, "Our engineers found the failed server and are moving your site now."],
  ['blames-no-one', false, 'Our driver knocked twice with no answer, so the parcel went back to the depot.'],
  ['no-passing-on', false, 'For anything about invoices, please email our accounts team directly.'],
  ['no-passing-on', false, "You'd be better off speaking to your card issuer about that charge."],
  ['no-passing-on', false, 'Unfortunately we do not deal with installation, so you will need to ring the installer.'],
  ['no-passing-on', false, 'I am transferring you to the billing department now.'],
  ['no-passing-on', true, "I'll contact the courier myself and come back to you today."],
  // A contact verb that is a noun's first word, in self-service help (a review, 2026-12-05: each was "sends them elsewhere").
  ['no-passing-on', true, 'Hi, you can change it from your profile page by editing the email field and confirming via the link we send.'],
  ['no-passing-on', true, 'You can update your email address in Settings.'],
  ['no-passing-on', true, 'You can turn off email notifications under Preferences.'],
  ['no-passing-on', false, 'You can email our billing team at billing@acme.example.'],
  ['no-passing-on', true, "There's no need to call your bank; I've reversed the charge."],
  // Our side already at it, said in the progressive (a review, 2026-12-03): no one is sent anywhere.
  ['no-passing-on', true, "I've been speaking to the courier this morning; they found it at the depot."],
  ['no-passing-on', true, 'Our logistics team is speaking to the courier now.'],
  ['no-passing-on', true, 'My colleague Dan is chasing the courier this afternoon.'],
  ['no-passing-on', false, "You're better off speaking to the courier."],
  ['no-passing-on', false, 'You will need to be speaking to the courier about this.'],
  ['no-passing-on', false, 'Your best bet is speaking to the courier with the tracking number.'],
  // Who is at it says whose job it is: our side, not the answer or other customers (a review of the first version).
  ['no-passing-on', false, 'The fix is calling your bank.'],
  ['no-passing-on', false, 'The solution is contacting your bank.'],
  ['no-passing-on', false, "What I'd suggest is calling your bank directly."],
  ['no-passing-on', false, 'Step one is calling the courier.'],
  ['no-passing-on', false, 'Many customers are calling the bank to sort it.'],
  // Only the party our side is at, not any clause with our side in it (a review of the second version).
  ['no-passing-on', false, "Sorry it's late. You'll want to do what the other customers I have been speaking to did and ring Evri on 0330 808 5456."],
  ['no-passing-on', false, "Sorry you're locked out. Your company's IT team are contacting users about lockouts, so they are best placed to reset it."],
  ['no-passing-on', true, "Sorry for the delay. I've been messaging the courier this morning and will update you by 5pm today."],
  ['no-passing-on', true, "We've been checking with the warehouse and it left this morning."],
  ['no-passing-on', true, "I've been asking the courier for a photo of the drop-off."],
  ['no-passing-on', true, 'Our logistics lead is chasing the courier this afternoon.'],
  ['no-passing-on', true, 'Our billing team is contacting the payment provider about the second charge.'],
  ['no-passing-on', true, 'Our warehouse manager is currently chasing the courier, and I will update you by 5pm.'],
  // "They" and a bare team word may be anyone's: other customers, the customer's own IT (a review of the third version).
  ['no-passing-on', false, "The other customers I've spoken to say they are writing to the courier directly, so that's what I'd do too."],
  ['no-passing-on', false, 'Other customers tell me they have been messaging Evri directly and getting answers within the hour.'],
  ['no-passing-on', false, 'Most people find that if they are asking their bank for a chargeback it is quicker than waiting for us.'],
  ['no-passing-on', false, 'The best route according to billing is asking the bank for a chargeback.'],
  ['no-passing-on', true, 'If anything else comes up, just contact us here.'],
  ['no-passing-on', true, 'I have already asked the warehouse to check the parcel for you.'],
  ['no-passing-on', true, 'Reply to this message and it reaches me directly.'],
  // A sign-off that asks them back for anything further is no passing on; a team named for this problem still is.
  ['no-passing-on', true, "I've refunded the £89 in full. Feel free to get in touch with our team if you need anything else."],
  ['no-passing-on', true, "Please don't hesitate to reach out to our support team should you have any further questions."],
  ['no-passing-on', true, 'Your replacement ships today. Do contact our team if anything else comes up.'],
  ['no-passing-on', false, 'You will need to contact our billing team if you need a refund.'],
  ['no-passing-on', false, 'You will need to contact our billing team if you have any questions about the refund.'],
  ['no-passing-on', false, 'Please contact our returns team should you require any refund.'],
  ['no-passing-on', true, 'Feel free to contact our customer care team if you have any questions.'],
  ['no-passing-on', true, 'Please contact our support team if you have further questions.'],
  ['no-passing-on', true, 'Our technical support team is here if you need more help.'],
  // Our own people calling, our own contact line, a call centre as a place, calls routed (a round of good replies, 2026-12-04).
  ['no-passing-on', true, 'My colleague Priya Shah in IT will call the shop at 2pm today to check the tills.'],
  ['no-passing-on', true, 'Thanks,\nBethany\nVolt Mobile Support\nCall 0333 555 0144 (8am-10pm, 7 days)'],
  ['no-passing-on', true, 'Best wishes,\nSunita\nFraud Support\nCall 0345 555 0199, open 24 hours for fraud'],
  ['no-passing-on', true, "It's been understaffed since we moved the call centre, and we're adding online cancellation next month."],
  ['no-passing-on', true, "Calls to your old number are still going to your old network's voicemail, so you won't lose any messages."],
  ['no-passing-on', false, 'Your parcel arrives Friday. Please call the call centre if it does not.'],
  ['no-passing-on', false, 'Please call 0800 123 456 about the refund.'],
  ['no-passing-on', false, 'You will need to go to your old network to get the PAC code.'],
  // What those spare must not spare (a review of them): a preposition before the call centre, hours after a hand-off,
  // a team of ours the customer is told to talk to.
  ['no-passing-on', false, 'Please speak with the call centre about the refund.'],
  ['no-passing-on', false, 'Please reach out to the contact centre about the refund.'],
  ['no-passing-on', false, "You'll need to take this up with the call centre."],
  ['no-passing-on', false, 'Please call 0800 123 456 about the refund, lines are open weekdays.'],
  ['no-passing-on', false, 'Please call 0800 123 456 to sort out the refund, it may take 3 days.'],
  ['no-passing-on', false, "You'll need to talk to our billing team, they will speak to you about the refund."],
  // A second review of them: a hand-off between the number and its hours, a call centre someone staffs, a party after "by".
  ['no-passing-on', false, 'Call 0800 123 456 for the courier, lines are open weekdays.'],
  ['no-passing-on', false, 'Call 0800 123 456 and ask the courier, lines open weekdays.'],
  ['no-passing-on', false, 'Call 0345 600 3030 (HMRC), lines open weekdays.'],
  ['no-passing-on', false, 'Please take it to whoever is staffing the call centre.'],
  ['no-passing-on', false, 'Please speak with our call centre about the refund.'],
  ['no-passing-on', false, 'Our call centre can sort this out for you, just ring them.'],
  // blames-no-one
  ['blames-no-one', false, 'The driver left it at the wrong door, which is why it went missing.'],
  ['blames-no-one', false, "Honestly the courier's fault here, not something we control."],
  ['blames-no-one', false, "You didn't confirm the booking, so it lapsed."],
  ['blames-no-one', false, 'Sadly our shipping partner mishandled the box.'],
  ['blames-no-one', true, 'We will not blame anyone for this; we got it wrong and we are fixing it.'],
  ['blames-no-one', true, "It wasn't your fault at all, the form is confusing."],
  ['blames-no-one', true, 'Our team made an error with the date, and I have corrected it.'],
  ['blames-no-one', true, 'You should have received a confirmation email a few minutes ago.'],
  // A late fee is the charge's name, and what "can be held" names a thing held, not who held it (a blind round, 2026-12-04).
  ['blames-no-one', true, "I've refunded the £25 fee your hotel charged for the late payment; it will be back by Friday."],
  ['blames-no-one', true, 'Transfers to some banks can be held for extra security checks, so I have asked ours to release it today.'],
  ['blames-no-one', false, 'The hotel charged you the wrong rate, which is why the bill was higher.'],
  ['blames-no-one', false, 'The courier delivered it late, and that is on them.'],
  ['blames-no-one', false, 'Your bank has held the transfer for no reason.'],
  // A season or a sale is no party (a round of good replies, 2026-12-04).
  ['blames-no-one', true, 'Your parcel was delayed because of Christmas post volumes, and it arrives Friday.'],
  ['blames-no-one', true, 'Orders were held up because of Black Friday volumes; yours left us this morning.'],
  ['blames-no-one', false, 'The delay is because of Evri, who lost the first parcel.'],
  ['blames-no-one', false, "The courier's late arrival caused this."],
  ['blames-no-one', false, "Your bank's late payment caused this."],
  ['blames-no-one', false, 'Payments from your bank can be blocked when they mess up.'],
  // A blind check of the coach (helper 465, 2026-12-05): blame that passed, and a fault owned or acknowledged that broke.
  ['blames-no-one', false, 'Yeah our drivers are pretty lazy sometimes lol.'],
  ['blames-no-one', false, 'The restaurant is responsible for preparing food according to allergy notes.'],
  ['blames-no-one', false, "We're just the platform, so there is little I can do."],
  ['blames-no-one', false, "It's probably something to do with your machine's setup as we haven't had other reports."],
  ['blames-no-one', false, 'Are you sure you ordered a medium? Our system shows an XL.'],
  ['blames-no-one', true, "I'm so sorry nobody came on Tuesday; I've booked the driver for Thursday 9-12."],
  ['blames-no-one', true, 'Your car seat was held at our depot with a damaged label; it leaves today and arrives Friday.'],
  ['blames-no-one', true, 'The courier is responsible for the last mile, so I have opened the claim with them myself.'],
  ['blames-no-one', true, 'Are you sure you want to cancel? I can pause the plan instead.'],
  ['stays-calm', false, 'Please double check your order confirmation before getting in touch.'],
  ['stays-calm', true, 'Before getting in touch with the courier, I checked the tracking myself: it is at your depot.'],
  ['blames-no-one', false, 'Payments can be blocked by your bank when they mess up.'],
  ['blames-no-one', false, 'Parcels can be delayed by couriers who do not bother to scan them.'],
  ['blames-no-one', false, 'They scanned it to the wrong account, not us.'],
  // "Nothing we can do" points a finger only at someone it names: alone it is a "no", which offers-a-remedy weighs
  // (a walk, 2026-12-05, saw a plain "nothing we can do at this point" called pointing a finger).
  ['blames-no-one', true, 'Unfortunately there is nothing we can do at this point.'],
  ['blames-no-one', true, "I'm sorry, there's nothing we can do to change the price now, but I've added a £5 credit."],
  ['blames-no-one', false, "I'm sorry, there's nothing we can do about the courier's handling."],
  ['blames-no-one', false, 'The courier left it out in the rain, so nothing we could do.'],
  ['blames-no-one', false, 'Sadly nothing we can do, the airport staff decide that.'],
  // acknowledges-first
  ['acknowledges-first', true, "I'm sorry you spent your evening on hold. I've credited your account."],
  ['acknowledges-first', true, 'What a frustrating start to your holiday. A new key is being sent tonight.'],
  ['acknowledges-first', false, "I've credited your account. Sorry you spent your evening on hold."],
  ['acknowledges-first', false, 'Apologies, however the offer ended last week.'],
  ['acknowledges-first', false, 'Your booking has been moved to Friday.'],
  ['acknowledges-first', false, 'We are sorry if you feel let down.'],
  // stays-calm
  ['stays-calm', false, 'As stated in my previous reply, the parcel was delivered.'],
  ['stays-calm', false, 'You need to calm down before we can continue.'],
  // Things that calm down are no customer told to (a blind round, 2026-12-04).
  ['stays-calm', true, 'Once things calm down at the Frankfurt hub after the strike, bags are moving again, and yours has been found.'],
  ['stays-calm', false, 'Calm down, please, and I will look into it.'],
  ['stays-calm', false, "Let's wait until matters calm down, you are clearly upset."],
  ['stays-calm', false, "Let's talk again once things calm down."],
  ['stays-calm', false, "Let's talk again once things calm down on the call, you are clearly upset."],
  ['stays-calm', false, "Let's pick this up when things calm down in the chat."],
  ['stays-calm', false, 'I understand, but please calm down.'],
  ['stays-calm', false, 'Per my previous message, the account is closed.'],
  ['stays-calm', false, 'We will NOT be offering a refund.'],
  ['stays-calm', false, 'THIS IS THE THIRD TIME I HAVE ANSWERED.'],
  ['stays-calm', true, 'I know this has dragged on. Here is where things stand today.'],
  ['stays-calm', true, 'The USB cable and the HDMI adapter ship via UPS today.'],
  ['stays-calm', true, 'We never want you to feel you have to repeat yourself.'],
  // gives-steps
  ['gives-steps', true, 'Here is how:\n1. Open the app\n2. Tap Profile\n3. Choose Delete account'],
  ['gives-steps', true, 'Open Settings. Tap Billing. Choose Update card and save.'],
  ['gives-steps', true, 'To pair it, first hold the button, then open Bluetooth and pick the speaker.'],
  ['gives-steps', false, 'You can pair the speaker through your phone’s Bluetooth menu.'],
  ['gives-steps', false, 'Please see the attached guide, it covers everything.'],
  // offers-a-remedy
  ['offers-a-remedy', true, 'I have arranged a replacement to go out today.'],
  ['offers-a-remedy', true, "We'll put it right: a technician will fix it on Friday."],
  // Tax taken off is a remedy as a fee taken off is (a helper's good reply, 2026-12-04); not where it cannot be.
  ['offers-a-remedy', true, 'Your VAT number is valid, so I have removed the VAT from the invoice.'],
  ['offers-a-remedy', true, "We've waived the import duty on this one."],
  ['offers-a-remedy', false, 'We cannot remove the VAT from the invoice, as your number is not valid.'],
  ['offers-a-remedy', false, 'Refunds are not possible on custom orders, per our terms.'],
  ['offers-a-remedy', false, 'We cannot replace or refund items after 14 days.'],
  ['offers-a-remedy', false, 'Thanks for your report; it has been noted for our product team.'],
  // Added after the probe set (tests/coach/README.md) showed these kinds of phrasing were missed; own wording.
  ['blames-no-one', false, 'The damage was caused by the delivery company, not us.'],
  ['blames-no-one', false, 'Our courier partner is hopeless at handling glass.'],
  ['blames-no-one', false, 'Make sure you enter the full postcode next time.'],
  ['blames-no-one', false, 'That happened because you skipped the verification step.'],
  ['blames-no-one', false, 'The new guy on the phone should never have promised that.'],
  ['blames-no-one', true, 'Next time you order, the discount applies automatically.'],
  ['blames-no-one', true, "The parcel was damaged in transit, and that's on us to put right."],
  ['no-passing-on', false, "You'll need to request the refund through PayPal."],
  ['no-passing-on', false, 'Best to get onto your energy supplier about the meter.'],
  ['no-passing-on', false, "I'd suggest you ring the manufacturer's helpline."],
  ['no-passing-on', true, "I'd wait an hour; if it's still down, I'll contact the provider myself."],
  ['stays-calm', false, 'This is the third time I have explained the fee.'],
  ['stays-calm', false, 'If you keep swearing, I will end this chat.'],
  ['stays-calm', true, "The answer might change once the engineer has looked, so I'll update you."],
  ['says-when', true, "You'll get the code in tonight's email."],
  ['acknowledges-first', true, "Getting your money back shouldn't take this long, I'm sorry. I've refunded the fee."],
  ['no-placeholders', false, 'Hi @[username], thanks for the DM!'],
  // Added after the second probe set (tests/coach/README.md): names, passives, "best bet"; own wording.
  ['no-passing-on', false, 'You could try ringing Hermes, they might have it.'],
  ['no-passing-on', false, 'Claims of this kind have to be submitted directly to the insurer.'],
  ['no-passing-on', false, 'The card company is your best option for disputing it.'],
  ['no-passing-on', true, 'You can call us back any time on this number.'],
  ['no-passing-on', true, 'I have asked Vodafone to unlock the SIM for you.'],
  ['blames-no-one', false, 'Customers often do not read the size chart, which is why it happens.'],
  ['blames-no-one', false, 'The hold-up is down to Parcelforce this week.'],
  ['blames-no-one', false, 'The problem lies with the retailer who sold it to you.'],
  ['blames-no-one', true, 'The hold-up this week is ours, and I have upgraded your delivery.'],
  ['stays-calm', false, 'I have told you the fee twice and it will not change.'],
  ['stays-calm', false, 'Please check my earlier reply, it answers this.'],
  ['stays-calm', true, 'You can check the earlier invoices in your account, and I have attached this one.'],
  ['says-when', true, 'Your engineer visit is booked for 9am on Saturday.'],
  ['says-when', true, 'Give me 5 minutes and I will come back to you here.'],
  ['acknowledges-first', false, 'Please find attached the corrected statement. Apologies for the mix-up.'],
  // Found by running the universal checks over the lessons' own phrases: reported words, "reached you damaged", "I've".
  ['no-passing-on', true, 'Sorry you heard it was not our department. It is mine now.'],
  ['blames-no-one', true, 'The lamp got to you broken, and that is on us.'],
  ['blames-no-one', false, 'You dropped it, so the screen is not covered.'],
  ['no-passing-on', true, "Can we go over the call I've had with your team?"],
  // Added after the third probe set (tests/coach/README.md): deflections, closing down, @handles; own wording.
  ['blames-no-one', false, 'That error was on the part of the payment processor.'],
  ['blames-no-one', false, 'The glitch is with the app store, not on our side.'],
  ['blames-no-one', false, 'To be fair, the label does warn about hot water.'],
  ['blames-no-one', true, 'It was our side that slipped up, and we are sorry.'],
  ['stays-calm', false, 'Your question has been answered on three occasions now.'],
  ['stays-calm', false, 'We now consider this matter closed.'],
  ['stays-calm', false, "I honestly don't see why you are getting so upset."],
  ['stays-calm', true, 'I have tried several times to reach you by phone, so I am writing instead.'],
  ['no-passing-on', false, 'I am unable to assist with printer drivers.'],
  ['no-passing-on', false, 'Best to DM @AcmeBilling about invoices.'],
  ['no-passing-on', true, 'Feel free to DM us any time.'],
  ['acknowledges-first', false, "I hear you, however the offer can't be applied now."],
  ['no-placeholders', false, 'Your refund of $?? is on its way.'],
  ['no-placeholders', true, 'Loved hearing from you {big smile}'],
  ['stays-calm', true, 'I know you have asked about this several times, and I am sorry it is still open.'],
  ['blames-no-one', true, 'You heard it was not our problem; it is, and I am fixing it.'],
  // Added after the development sets (tests/coach/README.md), for kinds of wording rather than their sentences; own
  // wording. Passing on without a contact verb: whose job it is, who would be able to, their channels, "rather than us";
  // outweighed when the reply shows the agent taking it on.
  ['no-passing-on', false, 'Gift card balances are administered by Givex, so they would be best placed to check it.'],
  ['no-passing-on', false, 'The parcel is with Yodel now; their live chat can arrange a redelivery.'],
  ['no-passing-on', false, 'Parking fines are for the car park operator rather than us.'],
  ['no-passing-on', false, 'Any refund for that purchase would have to go through Steam.'],
  ['no-passing-on', false, 'It may be worth a quick call to your insurer about the excess.'],
  ['no-passing-on', false, 'Our loans team can sort that, give them a ring tomorrow morning.'],
  ['no-passing-on', false, 'That sits with our collections team, who you can email any weekday.'],
  ['no-passing-on', false, 'We can release the funds once the letter arrives, so if you chase the solicitor we will be ready.'],
  ['no-passing-on', false, 'Just dial 121 from your handset and choose option 2.'],
  ['no-passing-on', true, 'Gift cards are administered by Givex, and I have asked them to check your balance today.'],
  ['no-passing-on', true, 'The repair is handled by our partner workshop; I will chase them on Thursday and update you.'],
  ['no-passing-on', true, 'You will receive a confirmation email once the change is saved.'],
  ['no-passing-on', true, 'Open the app, then type their email and tap Invite.'],
  ['no-passing-on', true, 'If you would like the bill reviewed by a manager, I am happy to arrange that.'],
  ['no-passing-on', true, 'Checking with the warehouse now, back in ten minutes.'],
  // Blame without a blaming word: a third party's failure or its trouble, the fault placed out of our hands, the
  // customer as the one who typed or chose it, or what they "had" done.
  ['blames-no-one', false, 'The installer never sealed the joint, which is why it leaks.'],
  ['blames-no-one', false, 'Our packing partner labelled the box with the wrong address.'],
  ['blames-no-one', false, 'The card issuer has had system problems all week.'],
  ['blames-no-one', false, "The outage was on the cloud provider's side, so it was out of our hands."],
  ['blames-no-one', false, 'The invoice total was entered wrong when you set up the account.'],
  ['blames-no-one', false, 'Had the receipt been attached, the claim would have gone through first time.'],
  ['blames-no-one', false, 'If you had renewed before the 1st, the price would not have changed.'],
  ['blames-no-one', false, 'That hotel chain does this all the time, sadly.'],
  ['blames-no-one', false, "The lender's checks delayed the transfer by a day."],
  ['blames-no-one', true, 'The courier has not scanned it since Monday, so I have asked them to trace it today.'],
  ['blames-no-one', true, 'If the bank has not released it by Friday, I will call them myself.'],
  ['blames-no-one', true, 'Our warehouse team missed the charger, which is our mistake, and it ships today.'],
  ['blames-no-one', true, 'It can show as pending on your bank side for up to three days.'],
  // An apology taken back by any contrast, in its sentence or the next; a token apology after the fix.
  ['acknowledges-first', false, "I am sorry the heating didn't come back on, but our engineers are fully booked."],
  ['acknowledges-first', false, 'Sorry about the cold food. That being said, rush hour is always busy.'],
  ['acknowledges-first', false, 'While we apologise for the wait, every request is handled in turn.'],
  ['acknowledges-first', false, 'So sorry! Just so you know, sale items cannot be returned.'],
  ['acknowledges-first', false, 'Your password is reset and you can sign in again. Sorry for any inconvenience.'],
  ['acknowledges-first', false, '1. Open Settings\n2. Tap Restore\nApologies for the trouble.'],
  ['acknowledges-first', false, 'Just reinstall the app and log in. Sorry about that!'],
  ['acknowledges-first', true, 'I am sorry you are still waiting; I have chased the depot and it arrives tomorrow.'],
  ['acknowledges-first', true, "Sorry it hasn't arrived yet; it's on the van today."],
  ['acknowledges-first', true, 'I can see why that letter worried you. The balance is correct and nothing is owed.'],
  ['acknowledges-first', true, 'Not the start to the holiday you wanted, and we are sorry. Your room is ready now.'],
  // Defensiveness without the old phrases: reproaching the customer's tone, repeating oneself, "had you read it",
  // sarcasm; and the polite phrases that sound close to it.
  ['stays-calm', false, 'There is no need to yell, I am reading your message now.'],
  ['stays-calm', false, 'Can we keep this polite, please?'],
  ['stays-calm', false, 'I will help once the swearing is toned down.'],
  ['stays-calm', false, 'Our advisers deserve to be treated with courtesy.'],
  ['stays-calm', false, 'Shouting at me will not change the delivery date.'],
  ['stays-calm', false, 'For the fourth time, the refund left us on Monday.'],
  ['stays-calm', false, 'Again, the booking is for the 12th.'],
  ['stays-calm', false, 'We have now answered this twice.'],
  ['stays-calm', false, 'Had you checked the confirmation, you would know the time.'],
  ['stays-calm', false, 'The fee is clearly stated in section 4.'],
  ['stays-calm', false, 'Whenever you are ready to actually send the photo, I can look.'],
  ['stays-calm', false, 'Believe it or not, we cannot control the weather.'],
  ['stays-calm', false, 'Sure, I will just invent a new slot for you 🙄'],
  ['stays-calm', false, 'With respect, that is not what the contract says.'],
  ['stays-calm', true, 'With respect to your refund, it left us today.'],
  ['stays-calm', true, 'Again, sorry for the wait, and thank you for bearing with us.'],
  ['stays-calm', true, 'You deserve to be treated better, and I am sorry.'],
  ['stays-calm', true, 'The Export button is right here in the top bar.'],
  ['stays-calm', true, 'The new terms should have clearly stated the fee, and I have refunded it.'],
  ['stays-calm', true, 'Your name will not appear on the public review.'],
  ['stays-calm', true, 'I am sorry this is the third time you have had to write to us.'],
  // Steps numbered with symbols or slashes, or chained by arrows; a single menu path is not steps.
  ['gives-steps', true, 'To export: ① open Reports ② pick the month ③ press Export'],
  ['gives-steps', true, 'Easy: 1️⃣ sign in 2️⃣ open Billing 3️⃣ download the PDF'],
  ['gives-steps', true, 'Quick version: 1/ log in 2/ tap Cards 3/ freeze the card'],
  ['gives-steps', true, 'Sign in ➡️ Settings ➡️ Security ➡️ turn on two-step'],
  ['gives-steps', false, 'You can change it under Settings → Privacy → Ads in the app.'],
  ['gives-steps', false, 'We take 1/2 now and 1/2 on delivery, with 24/7 support.'],
  // A remedy said as money on the account, a charge taken off, a move or a restore; a policy that only allows one.
  ['offers-a-remedy', true, "I've taken the late fee off your next bill."],
  ['offers-a-remedy', true, 'We have added £15 to your account for the trouble.'],
  ['offers-a-remedy', true, "Your files are restored from last night's copy."],
  ['offers-a-remedy', true, "I've moved you to a quieter room for tonight."],
  ['offers-a-remedy', false, 'Compensation is not payable for weather delays.'],
  ['offers-a-remedy', false, 'Lost items can only be replaced if reported within 24 hours.'],
  ['offers-a-remedy', false, 'The charger was left off the order, as the packing slip shows.'],
  // A wait said with "about" or "less than"; a past date is not the next update, a future one said in the passive is.
  ['says-when', true, 'The rider is close, so it should be with you in roughly 15 mins.'],
  ['says-when', true, 'Expect the reset email in less than 2 hours.'],
  ['says-when', true, 'It was posted on Monday and will arrive by Thursday.'],
  ['says-when', true, 'Your replacement will be sent on Monday.'],
  ['says-when', false, 'Your parcel was handed to the courier on 5 May; we are chasing them now.'],
  ['says-when', false, 'The fault has been open since 2 March and the team is on it.'],
  // A date or time format, a tweet's sign-off slot and a bare XXXX are blanks; a masked number and a placeholder the
  // reply explains are not.
  ['no-placeholders', false, 'Your table is booked for HH:MM on Friday.'],
  ['no-placeholders', false, 'Thanks for the DM, we will sort it! ^AGENT'],
  ['no-placeholders', false, 'Your card ending XXXX has been frozen.'],
  ['no-placeholders', true, 'To greet each contact by name, type {{first_name}} in the subject, e.g. Hi {{first_name}}!'],
  ['no-placeholders', true, 'The sort code on the letter shows as XX-XX-19 for your security.'],
  ['no-placeholders', true, 'Thanks for waiting! ^KT'],
  // Second round, from wording of our own written after the first (none of it from the labelled sets).
  ['no-passing-on', false, "Your employer's HR team manages the scheme, so changes go via them."],
  ['no-passing-on', false, 'Best thing is to pop into your nearest branch with ID.'],
  ['no-passing-on', false, 'Your letting agent should be able to sort the boiler.'],
  ['no-passing-on', false, 'Your insurer is the one to speak to about the excess.'],
  ['no-passing-on', true, 'Payments are processed by Stripe, so the charge shows as Stripe on your statement.'],
  ['no-passing-on', true, "I'll get an agent to call you back tomorrow."],
  ['blames-no-one', false, 'Apparently the night shift forgot to process it.'],
  ['blames-no-one', false, 'The agent you spoke to on Friday gave you the wrong date.'],
  ['blames-no-one', false, 'The address was the one you entered, which is missing the flat number.'],
  ['blames-no-one', false, 'The form was submitted without the second page.'],
  ['blames-no-one', false, 'The driver marked it as delivered at 2pm.'],
  ['blames-no-one', true, 'The courier picked it up on Monday and delivered it on Tuesday.'],
  ['stays-calm', false, "I'd ask you to moderate your language."],
  ['stays-calm', false, 'Please refrain from swearing at our team.'],
  ['stays-calm', false, 'As has been explained, the fee stands.'],
  ['stays-calm', false, 'You have already been told the answer.'],
  ['stays-calm', false, 'This conversation is over.'],
  ['stays-calm', false, "That's not how any of this works."],
  ['stays-calm', true, "We don't want you going round in circles, so I've taken it on."],
  ['acknowledges-first', false, "I've reissued the voucher. We're sorry it didn't work the first time."],
  ['acknowledges-first', false, 'Apologies for the wait. With that being said, we are very busy.'],
  ['acknowledges-first', false, 'We do apologise. Please note that refunds take 10 days.'],
  ['acknowledges-first', false, 'We regret to inform you that the flight is cancelled.'],
  ['acknowledges-first', true, 'We regret the trouble this has caused you, and the refund is on its way.'],
  // Third round, wording of our own for the kinds blind set 3 showed missing (not its sentences). Passing on by who alone
  // can act ("can only be made by"), by a channel they are reachable on, by "once you have rung them", "best arranged
  // with", "with them directly"; a partner who alone can act while the agent acts is not.
  ['no-passing-on', false, "Once you've rung them, the hold on your account should lift."],
  ['no-passing-on', false, "Address changes can only be made by your building's managing agent."],
  ['no-passing-on', false, "They're reachable on 0300 123 4567 from 8am."],
  ['no-passing-on', false, 'Returns for marketplace items are best arranged with the seller.'],
  ['no-passing-on', false, "It's quickest to sort that out with them directly."],
  ['no-passing-on', true, "The repair can only be approved by the manufacturer, so I've sent them your photos today."],
  ['no-passing-on', true, 'Happy to go through it again 😊 The reset link is in the footer.'],
  // Blame by the customer's data described as wrong, "someone at your end", an omission in the passive, a partner's
  // trouble a few words on; not a code that expired, a device's fault "sitting with" a provider.
  ['blames-no-one', false, 'The postcode entered on the form was wrong, so the van went elsewhere.'],
  ['blames-no-one', false, 'Did someone at your end delete the shared folder?'],
  ['blames-no-one', false, "It bounced because the signature page wasn't uploaded with the rest."],
  ['blames-no-one', false, 'Our install partner in the north has had a backlog of jobs.'],
  ['blames-no-one', false, 'You typed jo@gmial.com instead of jo@gmail.com, so the code never reached you.'],
  ['blames-no-one', true, "The login fault sits with the identity provider, so we've raised it with them and I'll update you Friday."],
  ['blames-no-one', true, "The discount code you used had expired, so I've applied a fresh one."],
  // "Not with us" beside a partner's fault is the deflection the lesson warns of, whatever the agent then does; the
  // training replies, written apart, label it so ("everything went through fine at our end, the decline came from
  // your card issuer"). Said as a plain cause, with the agent acting, it keeps the check.
  ['blames-no-one', false, "The outage was at the exchange, not with us, and we've logged it with the network for you."],
  ['blames-no-one', true, "The outage was at the exchange, and we've logged it with the network for you."],
  // A fix said headline-style after a tweet's handle, or with an amount in it, comes before the apology.
  ['acknowledges-first', false, 'Refund of $12.99 processed today. Sorry for the bother.'],
  ['acknowledges-first', false, "@kit_m Engineer booked for Thurs. Sorry the last one didn't show."],
  // "Keep … respectful", "to reiterate", it was shown before you paid, "expressly excluded", "not something we added".
  ['stays-calm', false, 'Please keep your messages courteous.'],
  ['stays-calm', false, 'To reiterate, the warranty ended in May.'],
  ['stays-calm', false, 'The delivery charge was displayed before you confirmed the order.'],
  ['stays-calm', false, 'Water damage is expressly excluded in your cover.'],
  ['stays-calm', false, "The booking fee isn't something we added later."],
  ['stays-calm', true, "I'd like to reiterate how sorry we are."],
  // A policy that only permits a remedy names it without offering it.
  ['offers-a-remedy', false, "Our policy only permits exchanges on unworn items, so I can't help with this one."],
  ['offers-a-remedy', true, "I can only offer a refund to the original card, and it's on its way."],
  // A slot's name bare in capitals is a blank; capitals joined by a hyphen or slash in brackets are a code; a shouted
  // line is not a placeholder.
  ['no-placeholders', false, 'Hello CUSTOMER, your locker code is 4471.'],
  ['no-placeholders', false, 'Your slot is confirmed for DATE at 10am.'],
  ['no-placeholders', true, 'Your connection is [MAN-JFK] on Saturday.'],
  ['no-placeholders', true, 'Seats are held on the [EUS/MAN] service.'],
  ['no-placeholders', true, 'PLEASE CHECK THE DATE ON THE TICKET'],
  // A visit given a weekday without "on", a time window.
  ['says-when', true, 'Your technician visit is set: Tues, any time from 8 to 12.'],
  ['says-when', true, "You'll get a 2-hour slot by text the night before."],
  ['says-when', false, 'The engineer came on Tuesday and found the fault.'],
  // Fourth round, wording of our own for the kinds development set c showed (not its sentences): who runs or handles it,
  // "on their side", a number they are on, a refund that "would need claiming", "can't change that from here"; blame by a
  // setting left on, nobody in, a third party who never told us or should have, "it's them rather than us", an update
  // never made, a system that did what it is designed to do; not the customer's own words in quotes, "nobody's fault",
  // "so you don't pay", "must have been stressful". Fixes said as a headline or "is now confirmed"; "stings". Defensive:
  // "for the record", "your fifth message", "one more time", "slowly", most customers manage, "not sure where the
  // confusion is", "sorry you feel that way", block capitals, "literally", "encourage you to read"; not "happy to run
  // through it once more" nor owning that they had to ask twice.
  ['says-when', true, "Fitter's pencilled in for Weds, first thing."],
  ['no-passing-on', false, 'Pet cover is handled by our partner insurer, not by us.'],
  ['no-passing-on', false, 'That part of the service is run by a separate firm.'],
  ['no-passing-on', false, 'Any refund for the add-on would need claiming through the app store.'],
  ['no-passing-on', false, "I can't change that from here, sorry."],
  ['no-passing-on', false, 'Disputes are dealt with on their side.'],
  ['no-passing-on', false, "They're on 0345 600 700 until 6."],
  ['no-passing-on', true, "Lost luggage is handled by the airline, so I rang their desk and they've found it; it's on the 6pm flight."],
  ['no-passing-on', true, 'If anything looks off, just reply to this email directly.'],
  ['no-passing-on', true, 'I need to ask our stores team to check the stock first.'],
  ['blames-no-one', false, 'It was declined because two-step was left switched off on your account.'],
  ['blames-no-one', false, 'Our adviser should have mentioned the exit fee.'],
  ['blames-no-one', false, 'Nobody was in when the driver called, so it went back to the depot.'],
  ['blames-no-one', false, 'The lab never told us the results were late.'],
  ['blames-no-one', false, "It's the card company stopping it rather than us."],
  ['blames-no-one', false, 'The meter reading was never updated after you moved in.'],
  ['blames-no-one', false, 'Our security check did exactly what it is designed to do.'],
  ['blames-no-one', false, "The supplier shipped us someone else's stock."],
  ['blames-no-one', true, "You mentioned that you 'typed the wrong email at signup', but that field is easy to get wrong, so I've fixed it."],
  ['blames-no-one', true, "It was nobody's fault, the storm took the line down; I've booked a repair for Monday."],
  ['blames-no-one', true, "I've set it up so you don't pay the fee twice."],
  ['blames-no-one', true, "This must have been so stressful, and I'm sorry."],
  ['blames-no-one', true, "We didn't send the reminder, which is why it lapsed; that's on us and I've restored it."],
  ['acknowledges-first', false, '@dee_k Replacement lens posted today. Sorry it cracked!'],
  ['acknowledges-first', false, "Your account's reactivated. Apologies for the lockout."],
  ['acknowledges-first', false, 'The booking is now confirmed for Sunday. Sorry about the mix-up.'],
  ['acknowledges-first', true, "Missing the first half of the match really stings. I've credited a month's pass."],
  ['acknowledges-first', true, "'Refunded but never received', that's maddening and I'm sorry. I've traced it and it lands today."],
  ['stays-calm', false, 'For the record, we did reply within 24 hours.'],
  ['stays-calm', false, 'Thanks for your fifth message this week.'],
  ['stays-calm', false, "I'll go over it one more time."],
  ['stays-calm', false, 'Let me say this slowly.'],
  ['stays-calm', false, 'Most customers find the menu without any difficulty.'],
  ['stays-calm', false, 'Not sure where the confusion is, the price was on the tag.'],
  ['stays-calm', false, 'Sorry you feel that way.'],
  ['stays-calm', false, 'A little courtesy goes a long way.'],
  ['stays-calm', false, "Messaging us in block capitals won't speed anything up."],
  ['stays-calm', false, 'The cancellation terms are literally on page one.'],
  ['stays-calm', false, 'I would encourage you to read the terms.'],
  ['stays-calm', false, 'As explained in my earlier email, the fee stands.'],
  ['stays-calm', true, "You're right, you've had to ask the same question twice and you deserved better. Here's the answer."],
  ['stays-calm', true, 'Happy to run through it once more: tap Settings, then Data.'],
  ['stays-calm', true, "We'll sort this quickly if we keep things simple: send me the order number."],
  // Fifth round: wording of our own written after the fourth, to see what it still missed (it missed 16 of these 53;
  // two it still misses are left out: "If the box had been ticked, you'd have got the discount", "For that you'd want
  // the council's parking team"). Also "I'd try the airline's app" is advice, not the agent acting, and "without"
  // does not negate what "is" says after it ("being without heating is awful").
  ['blames-no-one', false, 'Sadly the parcel firm dumped it at the wrong house.'],
  ['blames-no-one', false, 'That happened because the details on your order were out of date.'],
  ['blames-no-one', false, "The booking went wrong at the travel agent's end, not ours."],
  ['blames-no-one', false, 'The form you sent us was unsigned, so it was rejected.'],
  ['blames-no-one', false, 'The hotel overbooked and gave your room away.'],
  ['blames-no-one', false, 'Your installer fitted the wrong valve.'],
  ['blames-no-one', false, 'The airline cancelled without warning us, so we were as surprised as you.'],
  ['blames-no-one', false, "You'd picked standard delivery, which is why it took five days."],
  ['blames-no-one', true, "The parcel firm has it at their depot and I've asked them to bring it tomorrow."],
  ['blames-no-one', true, "Your order went to the old address because our system didn't pick up your change; I've fixed that."],
  ['blames-no-one', true, 'The hotel confirmed your room is ready from 2pm.'],
  ['blames-no-one', true, "We got this wrong, and I've put it right."],
  ['blames-no-one', true, "It looks like the payment didn't go through, so I've sent a new link."],
  ['blames-no-one', true, 'The installer will be with you on Monday between 8 and 12.'],
  ['no-passing-on', false, 'Your card provider is the right people for chargebacks.'],
  ['no-passing-on', false, 'Warranty repairs go to the manufacturer, their number is on the box.'],
  ['no-passing-on', false, 'The seller will need to authorise the return first, so do message them.'],
  ['no-passing-on', false, "Honestly it's quicker to ask your network."],
  ['no-passing-on', false, "I'd try the airline's app for seat changes."],
  ['no-passing-on', false, "Unfortunately that's one for your landlord."],
  ['no-passing-on', true, "I've messaged the seller and asked them to authorise the return today."],
  ['no-passing-on', true, "Our returns team will collect it; you don't need to do anything."],
  ['no-passing-on', true, "The airline has moved your seat, and I've checked it's showing on the booking."],
  ['no-passing-on', true, "You'll receive a text from the courier with a one-hour slot."],
  ['stays-calm', false, 'I have now answered this question three times.'],
  ['stays-calm', false, 'Please stop sending the same complaint.'],
  ['stays-calm', false, "If you had read the email, you'd know the answer."],
  ['stays-calm', false, "You're not listening to what I'm saying."],
  ['stays-calm', false, "There's really nothing else I can tell you."],
  ['stays-calm', false, "I won't be responding to further messages on this."],
  ['stays-calm', false, "We don't accept abuse towards our staff."],
  ['stays-calm', false, 'Again, as mentioned, the fee is non-refundable.'],
  ['stays-calm', true, "I can see why this is annoying, and I'll go through the bill line by line."],
  ['stays-calm', true, "Thanks for bearing with me; here's what I found."],
  ['stays-calm', true, "I've explained the charge below, and refunded the part that was wrong."],
  ['acknowledges-first', false, "Your refund's gone through. Sorry again!"],
  ['acknowledges-first', false, "We've rebooked you for Friday. We regret the inconvenience."],
  ['acknowledges-first', false, "Sorry to hear that, but the sale items can't be returned."],
  ['acknowledges-first', false, 'The engineer is booked for Monday.'],
  ['acknowledges-first', true, 'Being without heating in this weather is awful; an engineer is booked for 8am.'],
  ['acknowledges-first', true, "I'm sorry your order arrived damaged. A replacement ships today."],
  ['says-when', true, "You'll hear from me before the end of Thursday."],
  ['says-when', true, "The fix lands in tonight's update."],
  ['says-when', false, "We're chasing this and will update you as things progress."],
  ['says-when', false, 'Someone will be in touch once we know more.'],
  ['no-placeholders', false, 'Hi <first name>, your code is ready.'],
  ['no-placeholders', false, 'Your refund of £[amount] has been sent.'],
  ['no-placeholders', true, 'Your code is WELCOME10 and works until Sunday.'],
  ['no-placeholders', true, 'Press Ctrl + [ to outdent the line.'],
  // Close calls of our own for the checks that run on every reply, written after the fifth round: a third party named
  // as a fact, the agent handling it, "as promised", "to recap". Three were flagged and are not now: a van that "broke
  // down" (no one's slip), a date in brackets ("[end of May]"), a keyword to text ("Reply STOP").
  ['blames-no-one', true, "The courier's van broke down, so your parcel is a day late; I've upgraded it to next-day at no cost."],
  ['blames-no-one', true, 'Your bank holds payments over £500 for a check, which is normal; it cleared this morning.'],
  ['blames-no-one', true, "The warehouse is closed for stocktake until Monday, so I've sent yours from our other site."],
  ['blames-no-one', true, "You entered the code correctly; our checkout didn't apply it, and I've refunded the difference."],
  ['blames-no-one', true, 'Nothing you did caused this. It was a bug in our app, now fixed.'],
  ['blames-no-one', true, "The airline changed the schedule, and we've moved your transfer to match."],
  ['blames-no-one', true, "The previous owner's direct debit was still active, so I've cancelled it and refunded you."],
  ['blames-no-one', true, 'Our partner lab runs the tests, and the results came back today: all clear.'],
  ['blames-no-one', true, "You were right to flag it: the price on the shelf was wrong, and I've refunded the gap."],
  ['blames-no-one', true, 'The app sometimes logs people out after an update; here is how to get back in.'],
  ['no-passing-on', true, 'Your bank may show a pending charge for a day; it drops off by itself.'],
  ['no-passing-on', true, "I've called the store and they're holding it for you until Saturday."],
  ['no-passing-on', true, "The manufacturer's warranty covers this, and I've started the claim for you: ref W-2231."],
  ['no-passing-on', true, "Our engineers are on it and I'll text you by 5pm."],
  ['no-passing-on', true, "You can track it in the app, and I'm watching it too."],
  ['no-passing-on', true, 'The courier will call ahead on the day.'],
  ['no-passing-on', true, "Your GP's letter arrived, thanks; I've added it to your file."],
  ['no-passing-on', true, 'Head to Settings, then Privacy, and switch it off.'],
  ['no-passing-on', true, "Apple processes the payment, but refunds for our subscription come from us, so I've issued yours."],
  ['no-passing-on', true, 'If your bank asks, the reference is RF-2291.'],
  ['stays-calm', true, "I understand you've had to chase this more than once, and that isn't good enough."],
  ['stays-calm', true, 'Just to confirm what we agreed on the phone: the refund goes out today.'],
  ['stays-calm', true, "As promised, here's the update: the part arrived and the repair is booked for Thursday."],
  ['stays-calm', true, "I've read back through your messages, and you're right that we said Tuesday."],
  ['stays-calm', true, 'Thanks for your patience while I checked this.'],
  ['stays-calm', true, 'To recap: new router sent, engineer Thursday, credit applied.'],
  ['stays-calm', true, "As you mentioned, the app crashes at login; we've found the cause."],
  ['stays-calm', true, "I want to be clear about what happens next: you'll get a call by noon."],
  ['stays-calm', true, "Our terms say 30 days, but I've made an exception given the delay."],
  ['stays-calm', true, "We've had a lot of messages about this today, so thanks for bearing with us."],
  ['no-placeholders', true, "Use code SPRING-25 at checkout; it's valid until [end of May]."],
  // Capitals joined by underscores are a slot only where they name one ("ORDER_NUMBER"), not a code (a review).
  ['no-placeholders', true, 'Your discount code is SPRING_SALE, and it works on everything.'],
  ['no-placeholders', true, 'Enter WELCOME_BACK_20 at checkout for 20% off.'],
  ['no-placeholders', false, 'Your order ORDER_NUMBER ships tomorrow.'],
  ['no-placeholders', false, 'Hi FIRST_NAME, your refund is on its way.'],
  ['no-placeholders', true, 'Your ticket is for Coach C, Seat 42 (Table).'],
  ['no-placeholders', true, 'Reply STOP to opt out.'],
  ['no-placeholders', true, 'The ETA is 14:30 and your driver is ALEX.'],
  ['stays-calm', true, 'Reply STOP to opt out.'],
  ['no-placeholders', true, 'Use code SPRING-25 at checkout; it is valid until [end of May].'],
  // Sixth round: 35 more of our own, written after the fifth, mostly forbidding wording; it missed 19. One it still
  // missed, a two-word headline fix ("Account unlocked! Apologies."), is caught since the seventh. An acronym is a name even where a
  // sentence starts ("HMRC are the ones who can confirm").
  ['blames-no-one', false, 'Looks like the depot lads scanned it but never loaded it onto the van.'],
  ['blames-no-one', false, 'The instructions do say to charge it fully before first use.'],
  ['blames-no-one', false, 'Our payment partner has had a wobbly week, hence the double charge.'],
  ['blames-no-one', false, "That's a Royal Mail problem rather than anything at our end."],
  ['blames-no-one', false, 'Unfortunately the address on file was incomplete when you ordered.'],
  ['blames-no-one', false, 'The installer clearly rushed the job.'],
  ['blames-no-one', false, 'Whoever took your call last week gave you the old price.'],
  ['blames-no-one', false, 'The photos you uploaded were too blurry for the assessor, hence the delay.'],
  ['blames-no-one', false, "It's the bank's system that flagged it, not ours."],
  ['blames-no-one', false, "You've been using the wrong login, which is why it keeps locking."],
  ['no-passing-on', false, 'Best to ping the venue directly about accessible seating.'],
  ['no-passing-on', false, "You'll want to speak with your employer's payroll people about that deduction."],
  ['no-passing-on', false, "That's really a question for whoever sold you the policy."],
  ['no-passing-on', false, "The airline owns that decision, so you'd have to appeal to them."],
  ['no-passing-on', false, 'Our colleagues in lettings can help; their inbox is lettings@homes.co.uk.'],
  ['no-passing-on', false, "Sorry, we can't do anything about Deliveroo orders; the app has a help section."],
  ['no-passing-on', false, "You'll have to go back to the shop you bought it from."],
  ['no-passing-on', false, 'HMRC are the ones who can confirm your tax code.'],
  ['stays-calm', false, "I'm not going to argue about this."],
  ['stays-calm', false, 'You were sent the terms at the time of purchase.'],
  ['stays-calm', false, 'This has been explained to you by three different agents.'],
  ['stays-calm', false, "Shouting at me isn't going to change the outcome."],
  ['stays-calm', false, "I'd appreciate it if you didn't use that language."],
  ['stays-calm', false, 'Please re-read my previous message.'],
  ['stays-calm', false, "It's all in the FAQ, which you'd have seen if you'd looked."],
  ['stays-calm', false, "I don't know how much clearer I can make it."],
  ['acknowledges-first', false, 'Your new password link is on its way. Sorry for any trouble.'],
  ['acknowledges-first', false, "Sorry for the delay, unfortunately we're very busy."],
  ['acknowledges-first', false, 'Sorry you had to wait. That said, we did reply within our stated time.'],
  ['says-when', false, "Leave it with me and I'll come back to you."],
  ['says-when', false, "We'll update you as soon as the courier gets back to us."],
  ['says-when', true, "I'll call you back within the hour."],
  ['says-when', true, 'Expect an email from me first thing Monday.'],
  ['says-when', true, 'The refund should land in 3 to 5 working days.'],
  // Close calls of our own for every check, written after the sixth round: only "Our team can be reached here" was
  // flagged (passing on), and is not now.
  ['blames-no-one', true, 'The storm brought the line down, and an engineer is already on the way.'],
  ['blames-no-one', true, 'The supplier has confirmed the new stock lands Tuesday, and yours is first out.'],
  ['blames-no-one', true, "I checked with the courier and they've rerouted it to your work address."],
  ['blames-no-one', true, "You're not the first to find that setting hard to spot; I'll get our team to make it clearer."],
  ['blames-no-one', true, "It's our mistake, not yours: we charged the old rate."],
  ['blames-no-one', true, "The bank's cut-off is 3pm, so payments after that show the next day."],
  ['blames-no-one', true, 'If you entered a different email at checkout, I can update it for you now.'],
  ['blames-no-one', true, 'When you placed the order, the item was in stock; it sold out before we picked it, which is on us.'],
  ['blames-no-one', true, "The driver tried at 10:15 and left a card; I've rebooked for tomorrow morning."],
  ['blames-no-one', true, "Our system flagged the payment, and I've cleared it."],
  ['no-passing-on', true, "I've asked our billing team to correct it and they'll email you the new invoice today."],
  ['no-passing-on', true, "Your insurer may ask for this letter, so I've attached it."],
  ['no-passing-on', true, "We're working with the airline on this and I'll message you by 6pm."],
  ['no-passing-on', true, "It's handled by our partner, and I've already chased them for you."],
  ['no-passing-on', true, "There's nothing you need to do; the store will call you when it's ready."],
  ['no-passing-on', true, "Give me a call on 0800 555 0101 if that's easier."],
  ['no-passing-on', true, "You can manage it yourself in the app, or just reply and I'll do it."],
  ['no-passing-on', true, 'Our team can be reached here any time.'],
  ['stays-calm', true, "As requested, I've attached the statement."],
  ['stays-calm', true, "I know we've been back and forth on this, so here's everything in one place."],
  ['stays-calm', true, "To be clear, you won't be charged for the missed visit."],
  ['stays-calm', true, 'Just so you know, the refund shows as pending for a day.'],
  ['stays-calm', true, "I hear your frustration, and I'd feel the same."],
  ['stays-calm', true, 'Please take a look at the attached guide, it has screenshots.'],
  ['stays-calm', true, 'Thanks for flagging this again, it helped us find the bug.'],
  ['says-when', false, "We shipped it on Monday and it's with the courier now."],
  ['says-when', false, 'Your account was opened on 3 March.'],
  ['says-when', false, "Our team works 9 to 5, Monday to Friday, and we'll look at it."],
  ['says-when', false, 'We have received your return and it will be processed in due course.'],
  ['no-placeholders', true, 'Your tracking link: https://track.example.com/AB12'],
  ['no-placeholders', true, 'Ref: INC-20391 [P2]'],
  ['no-placeholders', true, 'Our opening hours are Mon–Fri [9am–5pm].'],
  ['acknowledges-first', true, "That's a horrible way to start the weekend. The refund is on its way."],
  ['acknowledges-first', true, "Ugh, what a pain. I've sent a new code."],
  ['acknowledges-first', false, "I've sent a new code. What a pain."],
  ['acknowledges-first', false, "We've fixed it, and we're sorry."],
  // Seventh round: 36 more of our own, written after the sixth; it got 19 wrong, all forbidding wording it missed
  // ("the landlord's business", "give the letting office a bell", "technically delivered", "a habit of", "entirely on
  // the supplier", "let me be very clear", "simply not true", "more than patient", "Password reset done." …).
  ['no-passing-on', false, "Parking fines are the landlord's business, not ours."],
  ['no-passing-on', false, "The gym's own app is where you'd cancel that membership."],
  ['no-passing-on', false, 'Refunds for gift cards come from the issuer, so have a word with them.'],
  ['no-passing-on', false, "Our sister company handles business accounts; they'll sort you out."],
  ['no-passing-on', false, "I'm only the sales team, I'm afraid, so that's not something I can look at."],
  ['no-passing-on', false, 'Try giving the letting office a bell tomorrow.'],
  ['no-passing-on', false, 'Your phone maker would be better placed to advise.'],
  ['no-passing-on', true, "The council collects the bins, so I've reported the missed pickup to them with your address."],
  ['no-passing-on', true, "Our partner's engineer will come to you; I've booked the slot for Tuesday morning."],
  ['no-passing-on', true, "You don't need to contact anyone else; I'll keep this one."],
  ['blames-no-one', false, "Your neighbour signed for it, so it's technically delivered."],
  ['blames-no-one', false, 'It seems the payment was made to an old account number you had saved.'],
  ['blames-no-one', false, 'Sadly our courier partner has a habit of leaving parcels in porches.'],
  ['blames-no-one', false, 'The delay is entirely on the supplier.'],
  ['blames-no-one', false, "If the photo had been clearer we'd have approved it first time."],
  ['blames-no-one', false, 'As the booking was made under the wrong name, the airline refused boarding.'],
  ['blames-no-one', false, 'That rep no longer works here, and frankly I can see why.'],
  ['blames-no-one', true, "Your neighbour kindly took it in, and I've let the driver know to leave future ones with you."],
  ['blames-no-one', true, "Payments to saved accounts can go to an old number after a bank switch; I've traced yours and it's back."],
  ['blames-no-one', true, "The supplier's delay is ours to manage, so I've sourced it elsewhere."],
  ['stays-calm', false, 'Let me be very clear: there will be no refund.'],
  ['stays-calm', false, "I'm sure you can appreciate that we can't just hand out refunds."],
  ['stays-calm', false, "That's simply not true."],
  ['stays-calm', false, "Please don't put words in my mouth."],
  ['stays-calm', false, 'You agreed to these terms when you signed up, whether you read them or not.'],
  ['stays-calm', false, "I've been more than patient with you."],
  ['stays-calm', false, 'Whatever you say.'],
  ['stays-calm', true, "Let me be clear about the next step: I'll call you at 2pm."],
  ['stays-calm', true, "That's not right, and I'm sorry: the charge should never have gone through."],
  ['acknowledges-first', false, 'Password reset done. Apologies for the bother.'],
  ['acknowledges-first', false, "Sorry, but we can't refund digital items."],
  ['acknowledges-first', false, "I've moved your slot to Friday 10am; we apologise for any inconvenience caused."],
  ['acknowledges-first', true, 'Oof, a cold shower on a Monday is no fun at all. A plumber is booked for 8am.'],
  ['says-when', true, "You'll have it back from us on the 14th."],
  ['says-when', true, "I'm on shift till 6 and will message you before I go."],
  ['says-when', false, "We'll be in touch when there's news."],
  ['acknowledges-first', false, 'Account unlocked! Apologies.'],
  // Eighth round: 31 of our own in other registers (shorthand, non-native English, tweets), written after the seventh;
  // it got 12 wrong: "kindly approach them", "your port of call", "HR are your go-to", "nobody answer door", "you
  // weren't in", "cancelled it yourself", "nothing to do with us", "the sizing info was in the description", "ok
  // whatever", "I won't discuss this further", "ping you at lunch"; and took a postal strike for a partner's slip.
  ['no-passing-on', false, 'pls contact ur bank for this one, we cant see card side'],
  ['no-passing-on', false, 'This is matter of the delivery company, kindly approach them.'],
  ['no-passing-on', false, "@jen_w that's one for @RoyalMailHelp I'm afraid!"],
  ['no-passing-on', false, 'Your employer sets the benefit level, so HR are your go-to.'],
  ['no-passing-on', false, "We don't sell that model, so the retailer is your port of call."],
  ['no-passing-on', true, "We've asked the delivery company to call you, and I'll check in with you tomorrow."],
  ['no-passing-on', true, "@jen_w I've flagged it to @RoyalMailHelp with your tracking number and will update you here."],
  ['blames-no-one', false, 'driver says nobody answer door so he take it back'],
  ['blames-no-one', false, "Per the courier's notes, you weren't in."],
  ['blames-no-one', false, "Your card was rejected by your own bank, so there's not much we could do."],
  ['blames-no-one', false, 'The system shows you cancelled it yourself on the 3rd.'],
  ['blames-no-one', false, "Nothing to do with us, it's the postal strike."],
  ['blames-no-one', false, "@sam_r The sizing info was in the description, so it's not really a fault."],
  ['blames-no-one', true, "@sam_r The sizing guide is easy to miss; I've arranged a free swap to the larger size."],
  ['blames-no-one', true, 'The postal strike has held up a lot of parcels; yours is prioritised and due Thursday.'],
  ['stays-calm', false, 'As I have said before, the fee applies.'],
  ['stays-calm', false, 'ok whatever, refund done'],
  ['stays-calm', false, "I won't discuss this further."],
  ['stays-calm', false, 'Your complaint has been noted and the matter is closed.'],
  ['stays-calm', true, "I won't keep you waiting: the refund is done."],
  ['acknowledges-first', false, 'Voucher sent to your inbox. So sorry about the cold food!'],
  ['acknowledges-first', false, 'Sorry for inconvenience but policy not allow refund after 30 days.'],
  ['acknowledges-first', false, 'We have credited £10. Apologies for the trouble.'],
  ['acknowledges-first', true, "Oh no, that's not the welcome you wanted after a long flight. Your room is being upgraded now."],
  ['says-when', true, 'Update coming your way by 5.'],
  ['says-when', true, "I'll ping you at lunch with the result."],
  ['says-when', false, 'Our team is on it and will revert at the earliest.'],
  ['offers-a-remedy', false, "As per the returns policy, opened items can't go back, sorry."],
  ['offers-a-remedy', true, "I've put a replacement in the post for you today."],
  ['no-placeholders', false, 'Dear Sir/Madam [SURNAME], thank you for your patience.'],
  ['no-placeholders', false, 'Your booking ref is <REF>.'],
  ['no-placeholders', true, 'Order #A-2231 (2 items) ships today.'],
  // Ninth round: 20 close calls of our own for the checks that ask for something, written after the eighth; it got 8
  // wrong, mostly by over-reading: a date that was due or an order's date is not the next update, nor "usually these
  // take a few days" or "we aim to reply within 48 hours"; "Sorry, what's your order number?" is not an apology;
  // "refunds are only issued for unopened items" is policy. Missed: "a lot of hassle … I get it", "£20 off your next bill".
  ['says-when', false, "It was due on Friday but got held at customs; we're chasing."],
  ['says-when', false, 'Your order from 12 March is still being packed.'],
  ['says-when', false, "Usually these take a few days, but I can't say for sure."],
  ['says-when', false, 'We aim to reply within 48 hours to all emails.'],
  ['says-when', true, "Tomorrow before noon you'll have an answer from me."],
  ['says-when', true, "Give us till Thursday and I'll confirm the new date."],
  ['acknowledges-first', false, "Sorry, what's your order number?"],
  ['acknowledges-first', false, "The refund is processed, which should help. Hope that's ok, sorry again."],
  ['acknowledges-first', true, "I'm really sorry the bike arrived scratched; a new frame is on its way today."],
  ['acknowledges-first', true, "That's a lot of hassle for a simple change, I get it. I've updated the address."],
  ['gives-steps', false, 'You can find it under Settings.'],
  ['gives-steps', false, 'Just reinstall the app and it should work.'],
  ['gives-steps', true, 'Open the app, tap Profile, then choose Payment methods.'],
  ['gives-steps', true, 'First sign out. Next, clear the cache. Finally sign back in.'],
  ['offers-a-remedy', false, "Our warranty covers manufacturing faults only, so accidental damage isn't included."],
  ['offers-a-remedy', false, 'Refunds are only issued for unopened items.'],
  ['offers-a-remedy', false, "I've passed your feedback to the product team."],
  ['offers-a-remedy', true, "I'll send a courier to collect it and ship a new one the same day."],
  ['offers-a-remedy', true, "We'll cover the repair cost in full."],
  ['offers-a-remedy', true, "I've knocked £20 off your next bill for the trouble."],
  // Round on blind 4's universal false alarms, fixed by kind: thanks for a call or message they made; a sign-off's name,
  // job title and team; a document's own pages and lines; a process step the agent completed; capitals that are a label
  // (in quotes, or after "as", "reads", "say").
  ['no-passing-on', true, 'Thanks for ringing the surgery yesterday. I have booked you in with Dr Shah on Tuesday at 10:40.'],
  ['no-passing-on', true, "Thanks for reaching out to our support team! I've added the missing seat to your booking."],
  ['no-passing-on', true, 'Thank you so much for emailing the returns department. Your label is attached.'],
  ['no-passing-on', false, 'Thanks for your message. Please ring the surgery to book.'],
  ['no-passing-on', true, 'thx for texting the salon, moved you to 3pm tmrw'],
  ['no-passing-on', true, 'Dear Mr Kent,\n\nI have reissued the certificate; it is attached.\n\nKind regards,\nAlex Moore\nPractice Business Manager'],
  ['no-passing-on', true, 'Hey Mo, the delivery fee is refunded. — Priya, Finance Business Partner'],
  ['no-passing-on', false, 'Kind regards,\nsorry, one more thing: for invoices you will need to email our accounts team, they handle that side of things'],
  ['no-passing-on', true, 'Post the signed form to the address printed on its back page; the envelope is prepaid.'],
  ['no-passing-on', true, 'The reference is printed on the letter itself, on its first line under the date.'],
  ['no-passing-on', false, 'Please use the retailer’s website and its contact page for that.'],
  ['blames-no-one', true, 'Thanks for getting in touch with the council about the missed bin. A crew will collect it on Friday.'],
  ['blames-no-one', true, 'The payout was delayed by a missing bank verification, which I completed today.'],
  ['blames-no-one', true, 'Your transfer was held by a pending supplier check that I have now cleared.'],
  ['blames-no-one', false, 'The payout was delayed by the bank, who lost the paperwork.'],
  // "by" and a day is a time, not who did it: "the lost card … arrives by Friday".
  ['blames-no-one', true, "I've cancelled the lost card and the new one arrives by Friday."],
  ['blames-no-one', false, 'Your parcel was damaged by the courier on Friday.'],
  ['stays-calm', true, "It'll show as 'NW GYM MEMBERSHIP' on your statement."],
  ['stays-calm', true, 'The charge appears as ACME STORES LONDON, and the refund will too.'],
  ['stays-calm', true, 'The button reads "CONFIRM ORDER"; press it once and you are done.'],
  ['stays-calm', true, 'The parcel label will say RETURN TO SENDER, which is normal.'],
  // A name in capitals before the thing it names (a plan, a button, a page) is a product's or a screen's, not a voice;
  // a long run, or one with an emphatic word, stays loud before any noun.
  ['stays-calm', true, "I've moved you to the PRO PLUS plan from today; the difference is refunded."],
  ['stays-calm', true, 'Open the ADMIN PANEL page and choose Users.'],
  ['stays-calm', true, 'Press the SUBMIT button once and wait for the green tick.'],
  ['stays-calm', false, 'THIS IS THE LAST TIME I CHECK YOUR account.'],
  ['stays-calm', false, 'You did NOT pay for the PRO plan, so it ended.'],
  // Not a name: capitals telling the customer what to do, or with a word of a sentence in them (a review, 2026-12-03).
  ['stays-calm', false, 'Please just CHECK YOUR account.'],
  ['stays-calm', false, 'PLEASE UPDATE YOUR app.'],
  ['stays-calm', false, 'IT IS YOUR card.'],
  ['stays-calm', false, 'CANCEL YOUR card today.'],
  ['stays-calm', false, 'REFRESH YOUR page.'],
  ['stays-calm', false, 'CLOSE THIS tab.'],
  ['stays-calm', false, 'CHECK YOUR SPAM folder.'],
  ['stays-calm', false, 'Go to your ACCOUNT SETTINGS page RIGHT NOW.'],
  // A name may open the sentence after its determiner, and hold a small word of its own (a review of the mend).
  ['stays-calm', true, 'The PRO PLUS plan includes priority support.'],
  ['stays-calm', true, 'Thanks, Priya. Your ADMIN PANEL page now shows the new seats.'],
  ['stays-calm', true, 'Please open the MY ACCOUNT page and press the SIGN IN button.'],
  ['stays-calm', true, 'It is all in the TERMS OF SERVICE page, section 4.'],
  // A register, portal or system named in capitals (a helper's round of good replies, 2026-12-04: "EU VIES" read as
  // shouting, "vies" being a word); a judgement before the noun stays loud.
  ['stays-calm', true, 'I checked your VAT number on the EU VIES system and it is valid.'],
  ['stays-calm', true, 'Log in to the HMRC GATEWAY portal and the form is under Returns.'],
  ['stays-calm', true, 'Your number is on the TPS register, so no sales calls should reach you.'],
  ['stays-calm', false, 'That is the WORST possible service.'],
  ['stays-calm', false, 'You are on the WRONG system.'],
  ["stays-calm", false, 'IT IS THE SAME system.'],
  ['stays-calm', false, "That ISN'T OUR app."],
  ['stays-calm', false, "That WASN'T OUR card."],
  ['stays-calm', false, 'You are on the WRONG plan.'],
  ['stays-calm', false, 'As ALREADY explained, the refund has gone.'],
  ['stays-calm', false, 'I HAVE ANSWERED THIS TWICE, as you know.'],
  // Recall, with close calls beside each: exasperation through a negation, a reply pointed back at, going over it
  // "twice now"; the customer's own people as the cause, a colleague's wrong entry, "keep your details up to date so
  // this doesn't happen again".
  ['stays-calm', false, "I'm not sure what else to say to you. The voucher expired in June."],
  ['stays-calm', false, "I really don't know what more you expect us to do here."],
  ['stays-calm', true, "I don't know what more I can do from here tonight, so I've booked an engineer for Thursday."],
  ['stays-calm', false, 'As stated in our email on Monday, the sale price ended at midnight.'],
  ['stays-calm', true, 'As mentioned in our email of Monday, your refund went out that day; it lands by Friday.'],
  ['stays-calm', false, "I've been through this with you twice now: the plan has no roaming."],
  ['stays-calm', true, "We went through this with you on Tuesday; the summary is below so you have it handy."],
  ['stays-calm', false, 'The rules literally state that bags go in the hold.'],
  ['stays-calm', true, 'The label literally shows the wrong postcode, which is our mistake; a new one is attached.'],
  ['blames-no-one', false, 'The sync stopped because your IT department disabled the shared mailbox.'],
  ['blames-no-one', true, "Because your team asked us to pause the account, billing stopped on 1 May; I've restarted it today."],
  ['blames-no-one', false, "Our night nurse set it up and she entered the wrong dose time; it's corrected."],
  ['blames-no-one', true, "I entered the wrong date on your booking, my mistake; it's fixed now."],
  ['blames-no-one', false, 'Please do keep your email address current so this does not happen again.'],
  ['blames-no-one', true, "I'll update your record so this won't happen again."],
  ['gives-steps', true, 'To add a bag: Manage Booking ➜ enter your code ➜ Extras ➜ Hold luggage ➜ pay.'],
  ['gives-steps', true, 'Account ➔ Plans ➔ Change plan ➔ confirm'],
  ['gives-steps', true, 'Go to Settings > Billing > Payment methods > Add card.'],
  ['gives-steps', true, 'Home ⇒ Orders ⇒ the order ⇒ Return an item'],
  // no-placeholders
  ['no-placeholders', false, 'Dear [NAME], your order ships on [date].'],
  ['no-placeholders', false, 'Your refund of £XX.XX is on its way.'],
  ['no-placeholders', false, 'Hi {{ customer.first_name }}, thanks!'],
  ['no-placeholders', true, 'Your order (ref 55120) ships Thursday; sizes S, M and XL are back.'],
  ['no-placeholders', true, 'It costs [approx. $40] and takes a day.'],
  // Round on blind 6 (tests/coach/README.md), by kind, in wording of our own. When: "tomorrow" in chat shorthand, a wait
  // said as "give it N minutes", a clock time in words ("at half past"); not "give it a go", nor a past "half past".
  ['says-when', true, 'engineer booked for tmrw morning, he will text you on his way'],
  ['says-when', true, 'new router ships tmw, tracking to follow'],
  ['says-when', true, "I've reset the line from here; give it 15 minutes and the light should turn green."],
  ['says-when', true, "Cache cleared on our side, give it a couple of hours to show."],
  ['says-when', true, "I'll ring you back at half past with what the lab says."],
  ['says-when', false, 'Give it a go and let us know how you get on.'],
  ['says-when', false, "The outage began at half past two and we're looking into it."],
  // Acknowledging: the past perfect tells what went wrong, not the fix; "something that should never happen" names the
  // cost. A fix first stays late, and "so this shouldn't happen again" acknowledges nothing.
  ['acknowledges-first', true, "Arriving to find your class had been cancelled is not okay, and I'm sorry. I've rebooked you for Thursday."],
  ['acknowledges-first', true, "Being charged again after the fee had been refunded is something that should never happen. I've reversed the second charge."],
  ['acknowledges-first', false, "I've rebooked you for Thursday. I'm sorry your class had been cancelled."],
  ['acknowledges-first', false, "I've reset the router, so this should not happen again."],
  ['acknowledges-first', false, "Your order had been cancelled by mistake; I've now reinstated it."],
  // Staying calm: one ordinary word in capitals for emphasis ("AND", "EVEN"), short emphatic words in a run ("DO NOT");
  // asking them to keep it civil across a longer gap or "constructive", refusing to go on corresponding; "as set out in
  // my letter"; "not sure how else to explain"; "I literally just told you"; repeating a message everywhere "won't get"
  // an answer; "we'd point out that". Not: capitals inside a blank's brackets, someone else's wrong answers owned.
  ['stays-calm', false, 'The form was on the website AND in the welcome pack.'],
  ['stays-calm', false, 'We EVEN sent a reminder the day before.'],
  ['stays-calm', false, 'We DO NOT refund opened items.'],
  ['stays-calm', true, 'Your NHS and DVLA letters are both attached.'],
  ['stays-calm', false, 'I have to ask you to keep your messages to my colleagues polite.'],
  ['stays-calm', false, "Happy to help, but let's keep this constructive."],
  ['stays-calm', true, "I'd like to keep things constructive, so here is exactly where the claim stands."],
  ['stays-calm', false, "We won't continue this correspondence while the insults carry on."],
  ['stays-calm', true, "You won't need to continue the correspondence with the insurer; I'll handle it."],
  ['stays-calm', false, 'As set out in our letter of 4 June, the deposit is non-refundable.'],
  ['stays-calm', true, 'As set out in your tenancy agreement, the deposit comes back to you within 10 days.'],
  ['stays-calm', false, "I'm not sure how else to explain the charge to you."],
  ['stays-calm', true, "I'm not sure how else we could have helped that night, and I'm sorry we didn't do more."],
  ['stays-calm', false, "I've literally just told you the store closes at 6."],
  ['stays-calm', true, "I literally just refunded it, so you'll see it tonight 😊"],
  ['stays-calm', false, 'Tweeting the same thing every hour will not get you a quicker reply.'],
  ['stays-calm', true, "Paying for express won't get it to you faster this week because of the strike, so I've refunded the upgrade."],
  ['stays-calm', false, "We'd just point out that the offer ended on Sunday."],
  ['stays-calm', true, "Could you point out which part is scratched? I'll get a new one sent."],
  ['stays-calm', true, "I'll point out the dent to the driver when he collects it."],
  ['stays-calm', true, "You were told two different things by two different agents, which isn't good enough; I'm sorry."],
  ['stays-calm', false, 'You were told the same thing by three different people.'],
  ['stays-calm', true, 'Your statement will read [REFUND PENDING] until it clears.'],
  // A remedy: the right item sent and the wrong one collected by us, no need to send it back, an amount of credit or money
  // back; not "fixed" or "upgrade" naming a tariff or a fee.
  ['offers-a-remedy', true, 'The blue jacket leaves our warehouse tomorrow, and our driver will pick up the green one when he drops it off.'],
  ['offers-a-remedy', true, "Keep the wrong charger, there's no need to send it back."],
  ['offers-a-remedy', true, 'A £15 credit now sits on your account for the trouble.'],
  ['offers-a-remedy', true, "I've re-billed March at the cheaper rate: £9 back on your card."],
  ['offers-a-remedy', false, "Once you've sent the item back at your own cost, we'll inspect it under our returns policy."],
  ['offers-a-remedy', false, 'You will need to book a courier to collect the item at your own cost, per our terms.'],
  ['offers-a-remedy', false, 'The 14 day refund window closed on 2 May, so the charge stands.'],
  ['offers-a-remedy', false, 'Our refund policy covers unopened items only.'],
  ['offers-a-remedy', false, 'Your return ticket is valid on the 18:15 back from Leeds, as the fare rules say.'],
  ['offers-a-remedy', true, 'Your replacement card is on order and arrives within five working days.'],
  ['offers-a-remedy', false, 'Your fixed-rate plan can only change at renewal, as the contract says.'],
  ['offers-a-remedy', false, 'The early upgrade charge is set out in clause 4 and stays on the bill.'],
  ['offers-a-remedy', true, "I've fixed the meter reading and upgraded you to the unlimited plan."],
  ['offers-a-remedy', true, "It's all fixed now."],
  ['offers-a-remedy', true, "We'll upgrade your seat for free."],
  // Blanks: a label or note in brackets ("the [New] badge", "[attached]") is no blank, nor a placeholder the reply tells
  // them to change; a slot numbered in capitals ("[ADDRESS LINE 2]") is one, a short code with a digit ("[P2]") is not.
  ['no-placeholders', true, 'Tap the [New] badge in the corner to see what changed.'],
  ['no-placeholders', true, 'The signed lease is [attached] for your records.'],
  ['no-placeholders', false, 'Open the [link] and pick a slot.'],
  ['no-placeholders', true, "To fix the greeting, change {{ first_name }} to {{ first_name | default: 'there' }} in the template."],
  ['no-placeholders', false, 'Your parcel goes to [ADDRESS LINE 2] tomorrow.'],
  ['no-placeholders', true, "It's marked [P2] on our board, so it's handled today."],
  ['no-placeholders', true, "I've credited £12 to your account [ref 40917]."],
  ['no-placeholders', true, 'Error {code 0x1F3A} means the sync timed out; a restart fixes it.'],
  ['no-placeholders', false, 'Hi {{line_1}}, your parcel is on its way.'],
  // Passing on: what goes out with a delivery is sent, not the customer sent; a partner's line the agent already rang;
  // "not something you need to take up with"; "you've had to chase"; a tag that is a noun. Their channel alone, or
  // going to a depot, still passes it on.
  ['no-passing-on', true, 'Your glasses will go out with Friday\'s post.'],
  ['no-passing-on', true, 'Your spare key will go with the morning delivery.'],
  ['no-passing-on', false, "You'll need to go to the courier's depot with ID."],
  ['no-passing-on', true, "I rang their customer line this morning and they've agreed to waive the fee."],
  ['no-passing-on', true, 'We emailed their support team with your receipt, and the refund is approved.'],
  ['no-passing-on', false, 'Their customer team can sort the refund for you.'],
  ['no-passing-on', false, "I've checked, and their support line is open until 8."],
  ['no-passing-on', true, "That's not something you need to raise with your bank; I've already reversed the charge."],
  ['no-passing-on', false, "That's something you need to take up with your bank."],
  ['no-passing-on', true, "Sorry you've had to chase the courier yourself; I'm on it now and will call them at 2."],
  ['no-passing-on', true, 'You can see the batch number on the price tag, printed under the barcode.'],
  ['no-passing-on', false, "You'll need to tag @SwiftRail in your post so they see it."],
  // Blame: a fault traced to a part (a driver, a plugin, an adapter) names a cause, not a culprit.
  ['blames-no-one', true, "The beeping comes from the HDMI adapter, not the TV; a new adapter is on its way."],
  ['blames-no-one', true, 'The freeze comes from the Bluetooth driver in version 4, and a patch ships tonight.'],
  ['blames-no-one', false, 'The mistake came from Evri, who mislabelled it.'],
  ['blames-no-one', false, 'That charge came from the Play Store, not us.'],
  // Round on blind 7 (tests/coach/README.md), by kind, in wording of our own. Blanks: a note in square brackets that
  // is a clause about someone ("[he knows the old town]") is an aside, not a slot; a variable's name the reply tells
  // them to create or use ("a secret named STRIPE_KEY", "use ${STRIPE_KEY}") is an instruction. A slot's name, a blank
  // that says what goes there ("[what they need to bring]"), or a template's ${first_name} left in a greeting still is.
  ['no-placeholders', true, 'Your guide, Tomasz [he knows the old town], meets you at the fountain.'],
  ['no-placeholders', true, 'Leave the keys with reception [they close at nine] if you arrive early.'],
  ['no-placeholders', false, 'Ask for [vet name] when you arrive.'],
  ['no-placeholders', false, 'Please bring [what they need to bring] to the clinic.'],
  ['no-placeholders', true, 'In the dashboard add a secret named STRIPE_KEY, then use ${STRIPE_KEY} in the build step.'],
  ['no-placeholders', true, 'Set SMTP_HOST in your environment and restart the worker.'],
  ['no-placeholders', true, 'Create a variable called API_TOKEN and paste the key into it.'],
  ['no-placeholders', false, 'Hi ${first_name}, your refund is on its way.'],
  ['no-placeholders', false, 'Your tracking number is TRACKING_NUMBER and it ships today.'],
  // When: a date on which something already happened (a ship docked, a payment cleared) says nothing of what comes next;
  // the same verb with a date ahead, or another date ahead beside it, still does.
  ['says-when', false, 'The vessel sailed on 14 June and we are tracking it closely.'],
  ['says-when', false, "Your refund cleared on 2 May, and I'm looking into why the order hasn't moved."],
  ['says-when', false, "The ship docked at Rotterdam on Monday; we'll let you know once it's unloaded."],
  ['says-when', true, 'The ship docked on Monday and the container will be unloaded by Thursday.'],
  ['says-when', true, 'It sailed on 3 June and is due in port on 20 June.'],
  ['says-when', true, 'Customs will be cleared on Friday, and I will confirm the delivery slot then.'],
  // Acknowledging: an acknowledgement of the feeling taken back later in its sentence ("I appreciate how stressful that
  // was, though…"), and a fix told with a re- verb ("reprinted", "remade") before the apology. Owning the feeling and
  // then the fix, or apologising before the reprint, stays kept.
  ['acknowledges-first', false, "I'm sorry about the mix-up with your exam date. I appreciate how stressful that was, though the date was in your confirmation letter."],
  ['acknowledges-first', false, 'I understand how disappointing this must be, although the sale did end at midnight.'],
  ['acknowledges-first', false, "We've reprinted the menus with the right prices and they go out today. Sorry for the error."],
  ['acknowledges-first', false, 'The bakery has remade the cake with the right name on it and it goes out at 10. So sorry for the mistake.'],
  ['acknowledges-first', true, "I'm sorry the menus went out with the wrong prices. We've reprinted them and they go out today."],
  ['acknowledges-first', true, 'I appreciate how stressful a wrong exam date is, and I have moved you to the 14th.'],
  ['acknowledges-first', true, "I understand how frustrating the wait has been, and I've chased the lab, which has now replied."],
  // Staying calm: "already acknowledged … four times", pointing them back to one's own earlier email ("as you'll see from
  // my email of 12 May"), and "I can only go on what I'm told". Not: counting one's own calls to a carrier, pointing to
  // an attachment or the app, a security rule, or what the agent can see on screen.
  ['stays-calm', false, "I've already acknowledged the delay four times in this chat."],
  ['stays-calm', false, 'This has already been answered several times on this thread.'],
  ['stays-calm', false, "As you'll see from my email of 12 May, the booking closed on the 10th."],
  ['stays-calm', false, 'As you will find in our last reply, the fee was only waived once.'],
  ['stays-calm', false, "We can only go on what we're told at the counter."],
  ['stays-calm', false, 'I can only work with the figures I was sent.'],
  ['stays-calm', true, "We've acknowledged the fault, and I've called the carrier three times today to push it."],
  ['stays-calm', true, "As you'll see from the attached invoice, the refund went through yesterday."],
  ['stays-calm', true, "As you'll see in our app, the driver is ten minutes away."],
  ['stays-calm', true, 'For your security we can only act on instructions from the account holder.'],
  ['stays-calm', true, 'I can only see your last three orders here, so could you send the order number?'],
  // A remedy: doing the work again ("redo", "re-do", "reprinting"); only redoing it inside a guarantee is policy.
  ['offers-a-remedy', true, "The crown is only eight months old, so we'll redo it at our cost next week."],
  ['offers-a-remedy', true, 'The stitching has come loose already; our tailor will re-do the hem this week.'],
  ['offers-a-remedy', true, "The tickets printed with the wrong date, so we're reprinting them and they'll be with you Friday."],
  ['offers-a-remedy', false, 'We only redo crowns inside the 12-month guarantee, and yours is 14 months old.'],
  ['offers-a-remedy', false, "You'll need to redo the form and send it back, as our policy says."],
  // Passing on: the agent walking them through another provider's screens keeps it; that provider's support walking
  // them through it does not.
  ['no-passing-on', true, "Your DNS sits with Cloudflare and I can't change it from here, so let me walk you through it now: log in and open DNS."],
  ['no-passing-on', true, "Your DNS is hosted with Cloudflare, which I can't access from here, so I'll guide you through each screen now."],
  ['no-passing-on', false, "I can't change DNS records from here; Cloudflare's support can walk you through it."],
  // A menu path's items are the product's screens, not places to go ("Go to Billing > Invoices"); going to a team or a
  // branch still is. A how-to answered in steps is the agent answering it: the learned model, which reads "the tax code
  // from their P60" in a step as someone else's job, is not asked there; a step's own "contact the courier" still breaks.
  ['no-passing-on', true, 'Go to Billing > Invoices and download the March one.'],
  ['no-passing-on', true, '1. Head to Accounts › Users\n2. Click Invite and enter their email.'],
  ['no-passing-on', true, 'In the app, go to Services → Bookings to find the transcript.'],
  ['no-passing-on', false, 'Go to the billing team with your invoice number and they will sort it.'],
  ['no-passing-on', false, "You'll need to go to your bank's branch with ID."],
  ['no-passing-on', true, "- Open Staff > Add.\n- Enter the tax code from their P60, or tick 'No code' if they don't have it.\n- Save."],
  ['no-passing-on', true, "To add a dependant:\n1. Open Family > Add person.\n2. Upload the letter from their school, or tick 'Not in school' if they don't have one.\n3. Click Save."],
  ['no-passing-on', false, '1. Take a photo of the label.\n2. Contact the courier with it.'],
  // Blame (guards): what will be done instead ("they'll be billed from next month instead") tells what happens next, not
  // who slipped; "if nobody's home" is a plan for a case, not someone who was out. Told as past, both still blame.
  ['blames-no-one', true, "If they sign up after the 20th, they'll be billed from next month instead."],
  ['blames-no-one', true, "Orders placed after 2pm go out the next morning, so they'll be shipped on Tuesday instead."],
  ['blames-no-one', false, 'They sent the old version instead, which is why it failed.'],
  ['blames-no-one', true, "The engineer comes between 2 and 4; if nobody's home, he'll leave a card and rebook."],
  ['blames-no-one', true, "If no one's in, the driver will take it to your nearest locker."],
  ['blames-no-one', false, 'Nobody was in when the driver called, so it went back to the depot.'],
  ['blames-no-one', false, 'The driver says no one answered, so he took it back.'],
  // Round on blind 8's offers-a-remedy misses, by kind (our own wording): a bill put right is a remedy, and so is a
  // free session given for the trouble; a remedy sold at a price, or named only to be refused, is not.
  ['offers-a-remedy', true, 'The meter reading was estimated too high. I have reissued the invoice at your real reading, £64.'],
  ['offers-a-remedy', true, 'Your statement has been corrected and the extra £30 comes off this month.'],
  ['offers-a-remedy', true, "Sorry the projector failed mid-film. I've emailed you two complimentary tickets for any screening."],
  ['offers-a-remedy', true, 'Our cancellation terms stand, but here is a free lesson on us for the trouble.'],
  ['offers-a-remedy', false, 'Replacement keys are charged at £40 and can be ordered at reception.'],
  ['offers-a-remedy', false, "The pool was closed for cleaning; that isn't something we refund, I'm afraid."],
  ['offers-a-remedy', false, 'Feel free to reply if anything else comes up. Damaged tiles are covered by the fitter’s own warranty.'],
  // Round on blind 8's other misses, by kind (our own wording): "raising it again will not change the outcome" and
  // "ok, one more time" are defensive, while resubmitting a form "will not affect your place" reassures and "let's try
  // one more thing" helps; a service "now open again" is a fix, so an apology after it comes late; words in square
  // brackets that go on to a name are a note ("[opposite the Red Lion]"), while "[insert Customer Name]" is a blank.
  ['stays-calm', false, 'I have reviewed this twice now. Raising it again will not alter the decision.'],
  ['stays-calm', false, "ok, one more time then. the deadline was the 5th and that hasn't moved."],
  ['stays-calm', true, 'Resubmitting the form will not affect your place in the queue.'],
  ['stays-calm', true, "Let's try one more thing: restart the router and tell me which lights come on."],
  ['stays-calm', true, 'OK, that helps. Could you try the code one more time and tell me what it says?'],
  ['acknowledges-first', false, 'The pool is now open again and the sauna will be back by Friday. Sorry for the inconvenience.'],
  ['acknowledges-first', true, "I'm sorry you had a cold swim this morning. The heating is working again, and the pool is open as normal."],
  ['no-placeholders', true, 'Meet us at the north gate [opposite the Red Lion pub] at noon.'],
  ['no-placeholders', false, 'Hi [insert Customer Name], your table is booked.'],
  ['no-placeholders', false, 'We will call you on [day] about [what was damaged].'],
  // What goes out today is a when, even beside "still looking into it"; what went out today is not.
  ['says-when', true, "We're still checking what happened with Friday's order, but your new cake goes out on the 3pm van today."],
  ['says-when', true, "We're looking into the fault. A new router leaves our warehouse today."],
  ['says-when', false, 'Your parcel left our warehouse today and we are looking into the delay.'],
  // A call that already happened this morning says nothing of what comes next.
  ['says-when', false, 'Thanks for your call this afternoon. We are reviewing the schedule and will be in touch.'],
  ['says-when', false, 'Following our call this morning, the team is looking into it.'],
  ['says-when', true, 'Thanks for your call this morning. An engineer will visit tomorrow between 8 and 12.'],
  // Blame told as plain cause, by kind (blind 5–8's misses, now development material; our own wording): a stand-in blamed
  // ("that was the relief chef", "our usual groomer would never have"), the customer's choice as a counterfactual ("had
  // you booked the right class"), a named party doing the wrong thing ("the funeral director passed us the wrong list").
  // Near misses keep it: our own stand-in owned, a regular who could not have come, a stale code replaced without a
  // word of fault. What the customer used described as stale ("the link you used was from the old invite") is left to
  // the model: writers label it both ways ("the discount code you used had expired, so I've applied a fresh one" keeps).
  ['blames-no-one', false, 'So sorry about the burnt risotto – that was the relief chef, it won’t happen again.'],
  ['blames-no-one', false, 'Our usual groomer would never have cut it that short.'],
  ['blames-no-one', false, 'Had you booked the beginners’ class, the pace would have suited you better.'],
  ['blames-no-one', false, 'The caterer passed us the wrong seating plan, so the tables were laid out as it showed.'],
  ['blames-no-one', true, 'Our relief chef cooked on Saturday and the risotto was not up to our standard; that is on us, and your meal is refunded.'],
  ['blames-no-one', true, 'Our regular engineer could not have reached you in the snow, so we are sending the nearest one tomorrow.'],
  ['blames-no-one', true, 'I have sent you a fresh voucher code; this one works until June.'],
  ['blames-no-one', true, 'The tutor you had last term has moved schools, so I have matched you with Ms Obi.'],
  // Our own people short-handed is ours to own, not a finger pointed.
  ['blames-no-one', true, 'We had two team members off sick and did not rearrange the rota in time; we should have rung you.'],
  // Round on blind 9's faults, by kind (our own wording). Defensive: "not sure what else you expected", "how many more
  // times", "read the FAQ before posting", "I refer you once more to", "as outlined in my email". Not passing on: "rather
  // than have you chase them, I rang", "needs doing before 7am" in their own steps, "you'll be taken to the bank's page".
  // A fault owned "as a company, and not something you should chase" blames no one. "App shows 18:05 arrival" is a when.
  // A refund offered only on a condition the customer missed is no remedy. "Use {{first_name}} in your template" talks
  // about a placeholder; "^DD" signs a tweet.
  ['stays-calm', false, "The limit is on our pricing page. I'm not sure what else you expected us to do."],
  ['stays-calm', false, 'Not sure how many more times I can explain this.'],
  ['stays-calm', false, 'Please check the FAQ before posting next time.'],
  ['stays-calm', false, 'I would refer you once more to clause 7 of your agreement.'],
  ['stays-calm', false, 'As outlined in my previous email, the fee was applied correctly.'],
  ['stays-calm', true, "Please check the FAQ's delivery section before Friday's sale; it lists the new cut-off times."],
  ['no-passing-on', true, "Rather than have you chase the supplier, I rang them this morning and they'll collect it on Monday."],
  ['no-passing-on', true, 'To switch the slot: open the tracking email, choose a neighbour, confirm. Needs doing before 7am on the day.'],
  ['no-passing-on', true, "Tap Pay by bank; you'll be taken to your bank's app to approve it, then back to us."],
  ['no-passing-on', false, 'That needs doing by your bank, so give them a ring.'],
  ['blames-no-one', true, "That's a failure on our part as a company, and not something you should have had to chase."],
  ['blames-no-one', false, 'The courier took it to the wrong street and not to your door.'],
  ['says-when', true, 'Sorry for the wait! A new driver has your order and the app shows 18:05 arrival.'],
  ['says-when', true, 'Your ETA is 14:30 now, and I will keep an eye on it.'],
  ['offers-a-remedy', false, "Damaged items must be reported within 48 hours for a refund, and it's been a week, so I can't help here."],
  ['offers-a-remedy', true, "You reported it within 48 hours, so I've refunded the full £30."],
  ['no-placeholders', true, "Use {{first_name}} in the subject line and each contact's name fills in when it sends."],
  ['no-placeholders', true, '@sam_b Full refund done, it shows in 3-5 days. ^DD'],
  ['no-placeholders', false, 'Thanks for your patience. ^AGENT_NAME'],
  // Round on blind 10's faults, by kind (our own wording). Remedies: back on a van, the right one dispatched, a lorry
  // reloading with the right ones, the next visit free. Defensive: "Look, we've been doing this for years, I think we
  // know how"; conceding ("we're not going to argue with that") is not. Blame: a customer who missed readings "despite
  // our reminders", a lecture on what "would avoid this in future" (our own fix that "will prevent this" is none), a
  // party that did it "by mistake"; our own teams' mix-up is ours. Fix before the apology: "ready for collection now,
  // new brakes fitted. sorry…", "claim number is CL-4471, assessor visit Friday. sorry…". Notes in square brackets
  // ("[included in your fare]", "[BSL interpreted]") are no blanks; "XX/XX/2026" is. "the email sends" names no one.
  ['offers-a-remedy', true, "Your parcel sat at the depot all week, that's not on. It's back on a van for delivery tomorrow."],
  ['offers-a-remedy', true, "We sent the wrong size, sorry. I've dispatched the right one by express today."],
  ['offers-a-remedy', true, 'wrong boards, my mistake. van is reloading now with the 3m ones, with you by 4'],
  ['offers-a-remedy', true, 'Sorry the machine ate your coins! Your next wash is free, any day this month.'],
  ['offers-a-remedy', false, 'We sent the grey one because the green was out of stock, as the listing says.'],
  ['stays-calm', false, "Look, we've been servicing boilers for 30 years, I think we know how to bleed a radiator."],
  ['stays-calm', true, "That's a fair point and we're not going to argue with it. I've refunded the booking fee."],
  ['stays-calm', false, "I'm not going to argue with you about this any further."],
  ['blames-no-one', false, 'The bills were estimated because no readings came in from you, despite our reminders.'],
  ['blames-no-one', false, 'We had no meter reading for six months, despite several email reminders.'],
  ['offers-a-remedy', true, "wrong paint colour, my bad. driver's reloading now with the white tins"],
  ['blames-no-one', false, 'Watering it twice a week would avoid this in future.'],
  ['blames-no-one', true, "We've changed how we pack glass, which will prevent this in future."],
  ['blames-no-one', false, 'The teacher who set up your account put you on the wrong plan by mistake.'],
  ['blames-no-one', true, 'Somewhere between our sales and delivery teams the address was copied onto the wrong order; we are sorry.'],
  ['acknowledges-first', false, 'ready for collection now, new brake pads fitted. sorry it took so long'],
  ['acknowledges-first', false, 'ok claim number is CL-4471, assessor visit Friday pm. sorry to hear about the storm'],
  ['acknowledges-first', true, "Sorry to hear about the storm. Your claim number is CL-4471 and the assessor visits Friday."],
  ['no-placeholders', true, 'Day 2: boat trip on the lake [included in your ticket]. Day 3: free day.'],
  ['no-placeholders', true, 'The Saturday matinee, 2.30pm [BSL interpreted], has seats left.'],
  ['no-placeholders', false, 'Your plan renews on XX/XX/2026 at £20 a month.'],
  ['no-placeholders', false, 'We have refunded [what was damaged] to your card.'],
  ['no-passing-on', true, "Type {{first_name}} where you want their name, and it's filled in when the email sends."],
  // Round on blind 11's faults, by kind (our own wording). Remedies said plainly: nights taken off the folio, money put
  // back where it came from, "we'll pay for the retake", a charge that "has been reversed". A fix before the apology:
  // the engineer "will be with you by 4", the link "will be in your inbox", "refund is back on your card". Defensive:
  // help "once you're ready to have a civil conversation", "let me stop you there", "however many times you ask". Blame:
  // "the lady on the till is new and shouldn't have…". Passing on in learner's English: "please you message them".
  // Words in square brackets inside a quotation are the customer's ("'To Mum [forever loved]'"), unless a slot's name.
  ['offers-a-remedy', true, "The heating failed on both nights, so you won't be paying for them: I've taken them off your folio."],
  ['offers-a-remedy', true, "We charged you after you cancelled. We've put the £18 back where it came from."],
  ['offers-a-remedy', true, "We lost your negatives at the lab, I'm sorry. We'll pay for the retake, travel included."],
  ['offers-a-remedy', true, 'You were charged twice. The second charge of £12 has been reversed today.'],
  ['offers-a-remedy', false, 'Charges cannot be reversed once a booking is confirmed, as our terms say.'],
  ['acknowledges-first', false, "engineer will be with you by 4 and he'll swap the pump. sorry it's been leaking all day"],
  ['acknowledges-first', false, 'new scans are uploading now, the link will be in your inbox in 10 min. sorry about the colours'],
  ['acknowledges-first', false, 'Your refund of £9 is back on your card. Sorry about that!'],
  ['acknowledges-first', true, "Sorry it's been leaking all day. The engineer will be with you by 4 and will swap the pump."],
  ['stays-calm', false, "Happy to help once you're ready to have a civil conversation."],
  ['stays-calm', false, "Let me stop you there. The policy is clear and it won't change however many times you ask."],
  ['stays-calm', true, "Happy to help once you're home, just reply here with the code on the box."],
  ['blames-no-one', false, "sorry, the lady on the till is new and shouldn't have charged you twice. refunding now"],
  ['no-passing-on', false, 'this item is sell by a partner shop, so please you message them from your orders page'],
  ['no-passing-on', false, 'is sold from other seller, please you contact them in the app'],
  ['no-passing-on', true, 'please you send us the photo and we fix it today'],
  ['no-placeholders', true, "The card will read as you wrote it: 'To Mum [always with us], from all of us.'"],
  ['no-placeholders', true, 'The plaque will say "Rex [good boy, always]" in gold.'],
  ['no-placeholders', false, "The card will read: 'Happy birthday [name], love from all of us.'"],
  // Round on blind 12's faults, by kind (our own wording). A when: "ready from 10 on Friday morning"; the trouble
  // "tonight" is none. Passing on: "I'd recommend dropping them a line"; "on your phone, open the link" is a step. Blame:
  // a host who "started the timer early"; asking the shop "about what went wrong" is not. A fix before the apology: "I've
  // put you on the later class and refunded the fee. sorry…".
  ['says-when', true, 'Your suit is ready for collection from 10 on Friday morning.'],
  ['says-when', false, "Engineers are working on the outage. Sorry for the trouble tonight, we'll update you as soon as we can."],
  ['no-passing-on', false, "The car park is run separately; I'd recommend dropping them a line at their office."],
  ['no-passing-on', true, "To get the tracks on your phone, open the link on your phone and tap Save."],
  ['blames-no-one', false, 'Our new instructor started the class late on Monday; he has been spoken to.'],
  ['blames-no-one', true, "I've asked the bakery about what went wrong and refunded the cake."],
  ['blames-no-one', true, "I'm sorry your team's match ended early; the hall booking was ours to get right."],
  ['acknowledges-first', false, "right, I've put you on the later class and refunded the fee\nsorry about the double booking"],
  // Round on blind 13 and 14's faults, by kind (our own wording).
  ['no-passing-on', true, "Rather than pass you to another line, I've opened the claim myself and you'll hear from me Friday."],
  ['no-passing-on', true, "Parking is run by a separate company, but I've been over and booked your space for 9am."],
  ['no-passing-on', false, 'Parking is run by a separate company.'],
  ['no-passing-on', true, "You'll get the new contract by email by Thursday."],
  ['blames-no-one', false, 'It went to the shed because that is the safe place on your account, so the driver followed your instructions.'],
  ['blames-no-one', false, "The packer on shift clearly wasn't paying attention, swapping oat milk for cream."],
  ['blames-no-one', false, 'The payment bounced because the account number you typed ended 12 rather than 21.'],
  ['blames-no-one', true, "no worries, i've raised it with the depot and a new pack goes out today"],
  ['blames-no-one', false, 'No form was submitted with the order.'],
  ['blames-no-one', true, "That's a lot of paint across your kitchen floor and not what you needed, sorry. A new tin goes out today."],
  ['stays-calm', false, "I don't appreciate being accused of bias in a public post."],
  ['stays-calm', false, "I won't be getting into a debate about it by email."],
  ['stays-calm', false, "tbh if you'd let me finish we'd have sorted it sooner"],
  ['stays-calm', false, "I'd ask you to re-read the contract you signed; it's clear on the fee."],
  ['stays-calm', false, 'Honestly, I did explain the reading steps in my last message.'],
  ['stays-calm', false, "Tagging us 30 times won't get your order here faster."],
  ['stays-calm', false, "We're humans too, you know."],
  ['stays-calm', false, 'Just to be fair to our team, the date was always marked as estimated.'],
  ['stays-calm', true, 'Could you read me the code on the back of the card?'],
  ['offers-a-remedy', false, "As the damage cover wasn't taken, the repair cost stays with the hirer."],
  ['offers-a-remedy', false, "Our terms cover a free revisit within 48 hours, and it's been five days, so we can't come back."],
  ['offers-a-remedy', false, 'The delay falls below the three-hour threshold for compensation.'],
  ['offers-a-remedy', false, "Minor repairs under £100 are the tenant's responsibility, under clause 7."],
  ['offers-a-remedy', true, "We'll repair it this week; that's our responsibility."],
  ['says-when', true, "Your decision will be on the portal the week after, at the latest 10/07."],
  ['says-when', true, 'They send refunds every Thursday, so you should see it on Thu.'],
  ['says-when', false, "Next update when we have more to share."],
  ['says-when', true, 'Next update on this thread at half past four.'],
  ['says-when', false, "I've passed it to the billing team, who work Monday to Friday. They'll come back to you."],
  ['acknowledges-first', true, "I know the lesson was a birthday gift, so having it cancelled that morning must have hurt. I'm sorry. We've refunded the £60."],
  ['acknowledges-first', false, 'Replacement buses are running every 20 minutes from the station. Sorry for the disruption.'],
  ['acknowledges-first', true, 'Sorry, the 9:40 is running late by about ten minutes.'],
  ['no-placeholders', false, 'Your deposit will be returned in full / with deductions (delete as appropriate).'],
  ['no-placeholders', false, 'The fix is in this guide: LINK HERE. Takes two minutes.'],
  ['no-placeholders', true, "The bundle includes the 'Legion XX' banner for the 20th anniversary."],
  // Round on blind 15 and 16's faults, by kind (our own wording).
  ['no-passing-on', true, "That fee is charged by your phone company rather than us, but I can raise a claim from here today."],
  ['no-passing-on', true, "I know you were told to call the shop. There's no need: I've opened the claim myself."],
  ['no-passing-on', false, 'As you booked through an agent, any change to the dates needs to be made on their side.'],
  ['blames-no-one', false, 'The courier did not follow the safe-place instructions and left it on the step.'],
  ['blames-no-one', false, 'looks like the packers put someone elses shoes in your box, new pair out today'],
  ['blames-no-one', true, 'Transfers take two days, which is why your landlord had not received the rent. I have refunded the late fee.'],
  ['blames-no-one', true, "You were told it would arrive that day. That was wrong, and I'm sorry we told you so."],
  ['blames-no-one', true, "The booking didn't save on our side, so the hotel had no record; I've rebooked you and refunded the night."],
  ['stays-calm', false, 'We printed exactly what was approved on the proof.'],
  ['stays-calm', false, "We can't refund an opened box. I hope that's now clear."],
  ['stays-calm', false, 'Friendly reminder that our staff are people too.'],
  ['stays-calm', false, 'If you could just let me finish, I can explain the charge.'],
  ['stays-calm', false, "We'll help with the return once things have calmed down."],
  ['offers-a-remedy', false, 'Customers affected may be covered by our compensation scheme, set out in the charter.'],
  ['offers-a-remedy', false, 'Refunds are handled in line with our booking terms, section 3.'],
  ['offers-a-remedy', false, 'Our terms only provide compensation for outages over two days, and this was 30 hours.'],
  ['offers-a-remedy', true, 'Your refund was processed in full this morning.'],
  ['says-when', true, "Claims for last night's delays are being paid over the next 48 hours."],
  ['acknowledges-first', false, "I have arrange a new delivery for Monday and I add a £10 voucher. Sorry for the trouble."],
  ['acknowledges-first', false, "Apologies for the wait. It's been a very busy week for our team."],
  ['acknowledges-first', true, "Apologies for the wait, and thank you for bearing with us. Your claim is approved."],
  ['no-placeholders', false, 'We can offer a trade-in value of £ for your old phone.'],
  // Round on blind 17 and 18's faults, by kind (our own wording).
  ['no-placeholders', true, 'I am sorry, I refund the 12,40 € to your card today.'],
  ['no-placeholders', true, 'Your plan is Unlimited [SIM only], from £18 a month.'],
  ['no-placeholders', false, 'Collect it from [SHOP] on Monday.'],
  ['no-placeholders', false, 'Please use [tracking link] to follow your parcel.'],
  ['no-placeholders', false, 'Dear Sam, [explain what happened] and we are sorry.'],
  ['no-placeholders', true, 'Prices are shown in £ for UK customers and in € for EU customers.'],
  ['no-placeholders', false, 'Dear [NAME], your plan starts on [DATE].'],
  ['stays-calm', false, "There's no need to take that tone with me."],
  ['stays-calm', false, 'To be clear, and for the final time: the quote covers packing the kitchen only.'],
  ['stays-calm', false, 'I told you 3 times the refund is done, please read my messages.'],
  ['no-passing-on', false, "Group bookings are another desk, they're in 9 to 5 if you want to try them then."],
  ['no-passing-on', false, 'As the policy came through a broker, changes need to be requested through them.'],
  ['no-passing-on', false, "Questions about the signs are best directed to the landowner's agent."],
  ['no-passing-on', true, "I'll give you a ring Wednesday afternoon to check it arrived."],
  ['blames-no-one', false, 'sorry, housekeeping must have skipped your room today, someone is on the way up'],
  ['blames-no-one', false, "the lad on the desk should've checked your booking, sorry"],
  ['blames-no-one', false, 'my collegue made mistake and put the wrong tariff on your line'],
  ['blames-no-one', false, 'For next time, a quick look at the size guide before ordering helps avoid returns like this.'],
  ['blames-no-one', true, 'Our new size guide helps avoid returns like this, and your refund is done.'],
  ['says-when', true, 'The bank has 10 days to answer, so latest on the 21st you get our letter.'],
  ['says-when', true, 'maintenance are coming to look at it, they said around 4ish'],
  ['says-when', false, 'The job failed at 02:13 on 4 March and every night since. The team will investigate.'],
  ['acknowledges-first', false, 'Your code is send again to your phone, now it should work. Sorry for this.'],
  ['acknowledges-first', false, 'sorry the blade snapped, tho those blades are not for hardwood'],
  ['acknowledges-first', false, '£8 fee reversed and your date moved to the 28th. I get how annoying that was.'],
  ['acknowledges-first', false, 'the frame will be redone at no charge, ready in 3 weeks. sorry it was not right'],
  ['offers-a-remedy', false, "Spills in transit aren't something we're able to refund."],
  ['offers-a-remedy', false, 'The warranty ran out last month, so any repair would now be chargeable.'],
  ['offers-a-remedy', true, "Wrong cheese, sorry! Keep it with our compliments."],
  // A review of this session's patterns found these too broad or too narrow; each is kept as a case.
  ['stays-calm', true, "I've sent what you asked for: the invoice copy is attached."],
  ['stays-calm', true, 'Let me finish setting up your replacement and I will confirm by email.'],
  ['stays-calm', true, 'I hope this is clear, but do let me know if you have any questions.'],
  ['stays-calm', true, 'Deliveries will resume once the weather has calmed down.'],
  ['stays-calm', true, "Okay, let's try that one more time: please restart the router."],
  ['stays-calm', true, "However many times it takes, we'll keep at it until it's fixed."],
  ['stays-calm', true, 'When you arrive, our staff will calmly walk you through check-in.'],
  ['stays-calm', true, 'I did send a replacement yesterday, so it should arrive tomorrow.'],
  ['stays-calm', true, "Don't worry, querying the bill will not affect the outcome of your claim."],
  ['stays-calm', false, "We won't get into a debate about it by email."],
  ['no-passing-on', false, 'You are advised to contact your bank directly to dispute the charge.'],
  ['no-passing-on', false, 'Please contact your mobile provider to have the block removed.'],
  ['no-passing-on', false, 'I have looked at your account and found the subscription is handled by a separate company.'],
  ['no-passing-on', true, "I'd recommend sending us a few photos so I can get a replacement out to you."],
  ['no-passing-on', true, "I suggest giving it 24 hours, and I'll check back with you on Friday."],
  ['no-passing-on', true, "Photos are best sent to this address and I'll add them to your claim myself."],
  ['no-passing-on', true, "Pay by card; you will then be redirected to your bank to approve it."],
  ['blames-no-one', true, "Following your request, I've cancelled the order and refunded you in full."],
  ['blames-no-one', true, "I've followed your instructions and updated the delivery address."],
  ['blames-no-one', true, 'These new boxes will prevent this in the future.'],
  ['blames-no-one', true, "This is the replacement engineer I've booked for Thursday."],
  ['blames-no-one', true, 'Sorry, the trainers were sent to you by mistake; a return label is attached.'],
  ['blames-no-one', true, 'I see you used PayPal rather than a card, so the refund will go back to PayPal.'],
  ['says-when', false, "We've had around 3 complaints about this and we're looking into it."],
  ['says-when', false, "Your latest 3 invoices are attached; we'll be in touch."],
  ['says-when', true, 'The panel meets on the 3rd, and you will hear in the week after, latest 10/07.'],
  ['stays-calm', false, 'The proof you signed shows the same wording. We printed what was approved.'],
  ['says-when', false, "We're closed every Sunday, and we'll get back to you soon."],
  ['acknowledges-first', true, "I'm sorry the pool was closed. We'll be open again on Monday."],
  ['offers-a-remedy', false, 'Sorry your order arrived damaged. We will look into it and come back to you by Friday.'],
  ['offers-a-remedy', false, "Sorry your order arrived damaged. We'll review your claim and get back to you within 5 days."],
  ['offers-a-remedy', false, 'Let me know when your calendar is free.'],
  // Round on blind 19 and 20's faults, by kind (our own wording).
  ['no-passing-on', true, "If you DM your order number, I'll look at it myself today."],
  ['no-passing-on', true, 'The swap was the shop\'s call, but it\'s on us to sort: I\'ve refunded the difference.'],
  ['no-passing-on', true, "You asked whether you need to ring the hospital. You don't: I've sent them the notes."],
  ['no-passing-on', true, 'Our claims team will go through it on Monday and you will have a decision by Wednesday.'],
  ['no-passing-on', false, "Fees are an office thing, Jan is in on Tuesdays if you want to catch her."],
  ['no-passing-on', false, "ah thats the courier's side, they have their own chat on the tracking page"],
  ['blames-no-one', false, 'The baggage handlers were short-staffed this morning, which held every flight up.'],
  ['blames-no-one', false, "Our picker sent the small tubes; I've had a word with them about checking sizes."],
  ['blames-no-one', true, "I've had a word with the warden and members can park free on Tuesdays from now on."],
  ['blames-no-one', false, 'Your price went up because the mileage you entered was lower than on your MOT.'],
  ['blames-no-one', false, 'This usually happens when the tenant does not open the window after a shower.'],
  ['blames-no-one', true, "The reminder didn't go out: our system missed a batch last month. Sorry, I've booked him in free."],
  ['stays-calm', false, "We've sold these for 20 years without a single complaint, so this was a surprise."],
  ['stays-calm', false, "I'm happy to help, but I'll need you to lower the tone."],
  ['stays-calm', false, 'As explained in my email of 4 March, the increase is based on your usage.'],
  ['stays-calm', false, "we've answered this 3 times now, the button is in Account"],
  ['acknowledges-first', false, 'the transfer is released and should land within the hour. sorry for the hassle'],
  ['acknowledges-first', false, 'Your meter is paired and readings are coming through again. Apologies for the hassle.'],
  ['acknowledges-first', false, 'Your subscription is reactivate now. Sorry for this.'],
  ['offers-a-remedy', false, 'Our service package covers inspection and replacement of the listed items only.'],
  ['offers-a-remedy', true, "We'll cover the repair cost in full and collect the bike on Friday."],
  ['says-when', false, 'Your dispute was opened on 3 May and the shop responded on 9 May. The team will write to you once the review is finished.'],
  // Round on blind 21 and 22's faults, by kind (our own wording).
  ['no-placeholders', true, 'Please bring a towel [essential] and wear trainers.'],
  ['no-placeholders', true, 'The tag needs double braces like {{first_name}}; I have fixed it for you.'],
  ['no-placeholders', false, 'Please bring [item] to reception.'],
  ['says-when', true, "Your driver has left, the tracker's showing 7:42 for you."],
  ['says-when', true, "It drops off your statement on the next billing run, the 3rd of the month."],
  ['says-when', true, "They'll be on the shop floor from 10 when we open."],
  ['says-when', false, "Thanks for your feedback on your stay with us from 4 to 9 March. I've logged it and we'll be in touch."],
  ['no-passing-on', true, "I know chasing a hospital abroad is the last thing you need, so I wrote to their billing office myself."],
  ['says-when', false, "We've seen the app showing £0 balances and the team are on it; we'll post here when it's sorted."],
  ['no-passing-on', false, "sounds like a console issue tbh, id post on their forums, people are quick to help"],
  ['blames-no-one', false, 'The ground handling company at Palma were short-staffed today, which held up boarding.'],
  ['blames-no-one', false, 'My colleague on your last chat said the fee would be waived, which was not correct.'],
  ['blames-no-one', false, 'Our booking system is outsourced and has a habit of doubling seats.'],
  ['stays-calm', false, "I'm not really sure what more you want us to do here."],
  ['stays-calm', false, "Check-in is from 4pm, it's in your confirmation, hope that's clear now."],
  ['stays-calm', false, 'To be clear, and I did explain this on the phone, the reading came from your photo.'],
  ['stays-calm', false, 'I told you already two times, the export is in Reports. Please to read my messages.'],
  ['acknowledges-first', false, 'We do apologise for the wait. It should be noted, however, that the storms caused it.'],
  ['acknowledges-first', false, 'We can refire the bowl this week and have it ready Saturday. Sorry it came out like that!'],
  ['acknowledges-first', false, 'ive re-run the sync and your transactions are all back in now. apologies for the trouble'],
  ['acknowledges-first', false, 'The payment was processed on 12/05 to your account. Sorry for the long wait.'],
  ['offers-a-remedy', false, "Missed-visit compensation only applies where we gave less than a day's notice."],
  ['offers-a-remedy', false, 'The family discount is only available when buying at the gate.'],
  // Round on blind 23 and 24's faults, by kind (our own wording).
  ['stays-calm', false, 'Sir, please relax, I am trying to help you.'],
  ['stays-calm', false, 'Please stop writing in capitals, I am trying to help.'],
  ['stays-calm', false, 'There is no need to write to me like this.'],
  ['stays-calm', false, "we've replied to you in DMs twice, please check there"],
  ['stays-calm', false, "Just to be clear, we did mention in store that samples aren't an exact match."],
  ['stays-calm', false, "I'm not sure where the idea came from that we promised a same-day visit."],
  ['stays-calm', false, 'We checked the footage and no one entered the unit. We stand by that.'],
  ['blames-no-one', false, "The bill was estimated as no meter readings came in from you for six months."],
  ['blames-no-one', false, 'The driver from our subcontractor arrived late to the depot, so we left 40 minutes behind.'],
  ['no-passing-on', false, 'Gate codes are looked after by the site manager, best to pop into reception next time.'],
  ['no-passing-on', false, 'For lost property please to fill the form on our website.'],
  ['no-passing-on', true, "First, download the app from your phone's app store and sign in."],
  ['acknowledges-first', false, "DM us your order number and we'll reissue the wristband. Sorry!"],
  ['acknowledges-first', false, 'new tickets are in your app now, scan them at gate B. sorry for the mix up!'],
  ['acknowledges-first', false, 'I reopen the claim and booked courier for Thursday. I do understand this has been frustrating.'],
  ['gives-steps', true, 'Lay the tent flat, clip the poles to the corners, then pull the guy ropes tight.'],
  ['offers-a-remedy', true, 'You are right, that late fee should not be there. Fee removed and statement updated.'],
  ['no-placeholders', true, 'Download your invoice [here](https://example.com/inv/1) whenever you like.'],
  ['no-placeholders', false, "That's fixed in release {{version}}, rolling out today."],
  ['says-when', true, "They'll start landing from the 22nd, once the funds are released."],
  ['says-when', false, "Your transfer was requested on 2 May and is still pending; rest assured we're monitoring it."],
  // Round on blind 25 to 30's blame faults (a cause laid on someone without a blaming word), by kind, our own wording;
  // and faults owned as ours in other words, which the blame model must not flag.
  ['blames-no-one', false, 'The night agent logged your meter reading against the wrong property.'],
  ['blames-no-one', false, 'The missed street was down to her, she skipped the last few stops.'],
  ['blames-no-one', false, 'Your access lapsed because the office manager at your firm cancelled the licence.'],
  ['blames-no-one', false, 'The underlying cause was a fault at the payment processor.'],
  ["blames-no-one", false, "Root cause lay in our hosting partner's network."],
  ['blames-no-one', false, "The seller's box was not strong enough for a lamp, so it cracked."],
  ['blames-no-one', false, 'The lab finally released the results on Friday, so we could not call you sooner.'],
  ['blames-no-one', false, 'The dent was not noted on the inspection form when you collected the car.'],
  ['blames-no-one', false, 'Orders always reach you on time so long as your address is kept up to date.'],
  ['blames-no-one', false, 'I have raised it with the staff member involved.'],
  ['blames-no-one', false, 'They have been made aware of their mistake.'],
  ["blames-no-one", false, "I've reported this to her supervisor and refunded the fare."],
  ['blames-no-one', false, 'Couriers are not always as gentle with parcels as we would hope.'],
  ['blames-no-one', false, 'You were charged again because auto top-up was still turned on in your account.'],
  ['blames-no-one', false, 'The logo you uploaded is below our print resolution, hence the blur.'],
  ['blames-no-one', true, 'Your payment did not sync to our booking system, so reception could not see it. Refunded now.'],
  ['blames-no-one', true, "The draft you wrote didn't save because the app timed out; I've restored it from our backup."],
  ['blames-no-one', true, 'The laptop you picked up still had the old image, which is why mail was missing. It is re-imaged now.'],
  ['blames-no-one', true, 'Our servers had a wobble overnight and your streak reset. It is back to 40 days.'],
  ['blames-no-one', true, "Our letter gave the wrong bin day, that's down to us. Collection is Thursday."],
  ['blames-no-one', true, 'Once your address is updated we will resend the card, and it should arrive by Friday.'],
  // Whens the round on blinds 25-30 found unread, our own wording, and the past dates and times beside them.
  ['says-when', true, 'Your fitter is pencilled in for a week Thursday.'],
  ['says-when', true, 'Hot food is back on board from the 14:00 crossing.'],
  ['says-when', true, 'The new stock drops at 9am on Friday.'],
  ['says-when', true, 'The map says around 15 mins away.'],
  ['says-when', true, 'Your visit is booked for the 21st.'],
  ['says-when', true, 'It should be live by quarter to six.'],
  ['says-when', true, 'I have set up a call for 16:45 today.'],
  ['says-when', false, 'Your order was printed on the 5th and we are looking into it.'],
  ['says-when', false, 'The 07:40 sailing is delayed; more news as soon as we have it.'],
  ['says-when', false, 'The app drops every 20 minutes; we are investigating.'],
  // Courteous defensiveness the round on blinds 25-30 found unread, by kind, our own wording.
  ['stays-calm', false, "It's not really fair to describe our drivers as rude."],
  ['stays-calm', false, "That is not an accurate account of your visit, and we'd ask you to stick to the facts."],
  ['stays-calm', false, 'The manual in the box does explain how to reset it, but here it is again.'],
  ['stays-calm', false, 'As explained in store and again by email, the deposit is non-refundable.'],
  ['stays-calm', false, 'I have already sent you the link twice.'],
  ['stays-calm', false, 'Please actually read the attached form before calling again.'],
  ['stays-calm', false, 'Sir, please let me finish.'],
  ['stays-calm', false, 'You keep interrupting me, I am trying to explain.'],
  ['stays-calm', false, 'Please enter your PIN carefully this time.'],
  ['stays-calm', false, 'Please make sure the lid is closed this time.'],
  ['stays-calm', false, "We've replied on every channel now, so we'll leave it there."],
  ['stays-calm', false, 'We cannot be held responsible for damage after delivery.'],
  ['stays-calm', false, 'The boiler was working perfectly when our engineer left.'],
  ['stays-calm', true, "I'll call on Friday to make sure it's working this time."],
  ['stays-calm', true, "Our terms do mention small variations, but this is clearly the wrong colour, so we'll remake it."],
  // Acknowledgements the round on blinds 25-30 found taken back or late, our own wording; and what the customer did
  // ("you've paid") is no fix before the acknowledgement.
  ['acknowledges-first', false, "We're sorry the cake came late. The roads were closed, which was sadly beyond our control."],
  ['acknowledges-first', false, 'Sorry about that! The thing is, the lifts are serviced monthly.'],
  ['acknowledges-first', false, 'I get that this is annoying, however the gate logged no entry.'],
  ['acknowledges-first', false, 'Your parcel is reloaded for Thursday delivery. Sorry for the trouble.'],
  ['acknowledges-first', false, 'Your replacement has been ordered and ships Monday. Apologies for the mix-up!'],
  ['acknowledges-first', false, 'New PIN: 4471, valid for a day. Sorry for the bother.'],
  ['acknowledges-first', false, 'The payout for your claim is approved and lands within 2 days. Sorry it took so long.'],
  ['acknowledges-first', false, "I've emailed you the new password. Sorry you were locked out."],
  ['acknowledges-first', true, "Being charged again after you've paid for the whole year is infuriating, I'm sorry. The charge is reversed."],
  // Passing on, remedies and blanks from the same round, our own wording.
  ['no-passing-on', false, 'Your broker will be happy to go through the charges with you.'],
  ['no-passing-on', false, 'If you still disagree, the appropriate route is the energy ombudsman.'],
  ['no-passing-on', false, 'Sorry, home cover is not me, I only handle motor claims.'],
  ['no-passing-on', false, "The frames are under the maker's warranty and they deal with those directly."],
  ['no-passing-on', false, 'Their store finder will show you the nearest repair shop.'],
  ['no-passing-on', false, 'Lost items are logged at the information desk in the main hall.'],
  ['no-passing-on', false, 'Their number is on the back of your card.'],
  ['offers-a-remedy', false, 'Fragile items must be packed to our guide to be eligible for compensation.'],
  ['offers-a-remedy', false, 'Refunds are only given for faults reported within 7 days.'],
  ['offers-a-remedy', false, 'Delay compensation is only payable after three hours.'],
  ['offers-a-remedy', true, "I've added a week's credit to your account, which covers the missed days."],
  ['offers-a-remedy', true, 'Our fitter will come back Thursday and rehang the door at our cost.'],
  ['no-placeholders', true, 'Press [Enter], then type your PIN.'],
  ['no-placeholders', true, 'It shows up tagged [Beta] in the Reports menu.'],
  ['no-placeholders', false, 'Click [link] to reset your password.'],
  // A colleague by role is a person singled out, not the team owning it: "our|my <colleague> did not" is no longer
  // spared as ownership, while "our system|team did not" still is.
  ['blames-no-one', false, 'My colleague did not mention that the fee applies per claim.'],
  ['blames-no-one', false, "Our driver clearly didn't bother to knock, which is why it went back to the depot."],
  ['blames-no-one', true, 'Our system did not pick up your new address; I have fixed it.'],
  // Round on blinds 31-34's faults (other than blame), by kind, our own wording.
  ['says-when', true, 'The crew will be with you between half two and three.'],
  ['says-when', true, 'The pool reopens on the 3rd.'],
  ['says-when', true, 'The fitter comes on the 18th.'],
  ['says-when', true, 'You have the afternoon slot, and he will text first.'],
  ['says-when', false, 'The clinic diary for next month is not open yet; we will book you in as soon as it opens.'],
  ['acknowledges-first', false, 'I do apologise for the wait. Please understand that we were fully booked.'],
  ['acknowledges-first', false, 'sorry for the delay! tbf the site did say 10 days'],
  ['acknowledges-first', false, 'I have ordered a new panel, it arrives Friday. Sorry about the scratch!'],
  ['acknowledges-first', false, "I'll settle the claim within 2 days. Apologies we didn't ask sooner."],
  ['no-passing-on', false, "Sorry, that can't be done by chat, but the ticket desk at the entrance can do it."],
  ['no-passing-on', false, 'The quickest route to a quote is their online form.'],
  ['no-passing-on', true, 'Refunds would normally go to the billing team, but I have processed yours myself.'],
  ['offers-a-remedy', false, 'The replacement fee is set by the manufacturer, I am afraid.'],
  ['offers-a-remedy', false, 'The repair guarantee covers parts we fitted; this is a different part, so a callout fee applies.'],
  ['offers-a-remedy', false, 'Replacement cards are £5 each under the membership terms.'],
  ['stays-calm', false, 'The contract you signed did state that parking is extra.'],
  ['stays-calm', false, 'As mentioned a few times now, I cannot change the date.'],
  ['stays-calm', false, "We've sent the form, so the ball is in your court."],
  ['stays-calm', false, "Let's keep things in perspective, it was one missing drink."],
  ['stays-calm', false, 'Not sure what more I can add here.'],
  ['stays-calm', false, 'I am not sure how many more ways I can explain this.'],
  ['stays-calm', false, 'My last two emails do not seem to have been read.'],
  ['stays-calm', false, "Please don't take that tone with me."],
  ['stays-calm', true, "It's the third time you've asked and you shouldn't have to, so I've chased it myself."],
  ['no-placeholders', false, '@HANDLE thanks for waiting!'],
  ['no-placeholders', false, 'Dear Customer Name, your order is ready.'],
  ['no-placeholders', false, 'Hi {{member.firstname}}, your card is on its way.'],
  ['no-placeholders', false, 'Sorry about the delay on the {service} today.'],
  ['no-placeholders', true, 'Show this email [or your booking code] at the gate.'],
  ['no-placeholders', true, 'Go to [Settings] > [Bank accounts] and click [Add account].'],
  ['no-placeholders', true, 'In the editor, type the tag {employee_name} for the name and {pay_period} for the dates.'],
  // Blame from the same round, by kind, our own wording.
  ['blames-no-one', false, 'The fabric from our supplier was too thin for upholstery.'],
  ['blames-no-one', false, "Their last update broke the export, and we've patched around it."],
  ["blames-no-one", false, "The airport's security system had an outage, so your bag missed the flight."],
  ['blames-no-one', false, 'Our colleague at the counter misread your voucher.'],
  ['blames-no-one', false, 'The theme was changed from your account on Sunday night.'],
  ['blames-no-one', false, 'The postcode entered at checkout did not include the last two letters.'],
  ['blames-no-one', false, 'The seeds were not kept damp after sowing, as advised on the packet.'],
  ['blames-no-one', false, 'Whoever set up your payroll chose weekly runs.'],
  ['blames-no-one', true, 'Our colleague has now fixed the mixed-up order and it ships today.'],
  // Notes in square brackets blind 35-38 wrote, our own wording: a condition, a clause, a one-word tag.
  ['no-placeholders', true, 'Strawberries are £2 a punnet this week [while they last].'],
  ['no-placeholders', true, 'Leave the parcel by the door [any bag is fine] for the driver.'],
  ['no-placeholders', true, '[Update] The 14 bus is back on its usual route.'],
  ['no-placeholders', false, 'Dear [Name], your card is ready.'],
  ['no-placeholders', false, 'The refund of [amount] is on its way.'],
  // Round on blinds 35-38's faults, by kind, our own wording.
  ["blames-no-one", false, "Your previous dentist's measurements were out, which is why the guard pinches."],
  ['blames-no-one', false, 'The amount was sent to the old network, which the warning on the screen does point out.'],
  ['blames-no-one', false, "I've made the album private; best to keep the sharing settings tight going forward."],
  ['blames-no-one', false, 'Our new trainee was not yet aware of the allergy note.'],
  ['blames-no-one', false, 'I have since gone through the handover notes with her.'],
  ['blames-no-one', false, 'If the box had been kept we could have taken it back.'],
  ['blames-no-one', false, 'The night tech set your skis at the wrong height.'],
  ['blames-no-one', false, 'Our courier should have left it with the concierge.'],
  ['blames-no-one', false, 'The noise is due to the fridge being placed against the radiator.'],
  ['acknowledges-first', false, "I do apologise, it's just that the large sizes sold out on Monday."],
  ['acknowledges-first', false, 'Sorry, Ana. Still, the roadworks were outside our control.'],
  ['acknowledges-first', false, 'Your scan results are uploaded now. Sorry for the wait!'],
  ['acknowledges-first', false, 'to restore it go Settings > Bin > Restore. sorry about that'],
  ['acknowledges-first', false, 'ok I move you to a quieter room now. sorry for the noise'],
  ['acknowledges-first', false, 'The 8:15 is back on the timetable from Monday. Apologies for the disruption.'],
  ['acknowledges-first', false, 'new cleaner starts Tuesday at 10. apologies for the mess'],
  ['stays-calm', false, 'Please read the guide I sent earlier. It is all in there.'],
  ["stays-calm", false, "I'm not going to engage with that kind of message."],
  ["stays-calm", false, "As you'll no doubt have noticed when booking, the fare was non-refundable."],
  ["stays-calm", false, "The answer is the same as in our FAQ."],
  ['stays-calm', false, 'To reiterate our letter of 2 May, the excess applies.'],
  ['stays-calm', false, 'For the avoidance of doubt, the fee stands. Trust that clarifies things.'],
  ['stays-calm', false, 'We find your review unfair, our staff worked all night.'],
  ['stays-calm', false, 'I would ask you not to write to us in capitals.'],
  ['stays-calm', true, "Third visit for the same fault is beyond annoying, so let's fix it properly this time: it's a new unit."],
  ['no-passing-on', false, 'Damage during fitting would need to be taken up with the fitter.'],
  ['no-passing-on', false, "That's something the council has to fix; we can't see your permit."],
  ['no-passing-on', true, "I've been on the phone to their bookings line for you, and you're moved to Friday."],
  ['no-passing-on', true, "The car park belongs to the hospital, but we've agreed free parking with them for you."],
  // A review of the three rounds found these good replies flagged, or blanks missed, by patterns as first written.
  ['blames-no-one', true, 'The duplicate payment has been removed from your account.'],
  ['blames-no-one', true, 'Your new plan is active on your account from today.'],
  ['blames-no-one', true, "The root cause was an outage on our hosting platform, and we've fixed it."],
  ['blames-no-one', true, "Don't worry, I have reset it as recommended."],
  ['blames-no-one', true, 'The confirmation page does show your new date.'],
  ['blames-no-one', true, "Going forward, please ring me directly and I'll handle it personally."],
  ['blames-no-one', true, "I've updated your profile so your details are kept up to date."],
  ['blames-no-one', true, 'We have been made aware of the error in your bill and corrected it.'],
  ["blames-no-one", true, "I've escalated it to their manager at the courier to get your parcel released today."],
  ["blames-no-one", true, "I've reminded the courier you're out on Tuesday."],
  ['no-passing-on', true, 'Refunds are made at the end of each week, so yours will land by Friday.'],
  ["no-passing-on", true, "I've updated their address in our system and rebooked the delivery."],
  ["no-passing-on", true, "Their tracking app can be a day behind, but I've checked with the courier and it's out today."],
  ["no-passing-on", true, "It's something the engineering team needs to fix, and I've escalated it to them myself."],
  ["no-passing-on", true, "The person you spoke to is not me, but I've read the notes and sorted the refund."],
  ["no-passing-on", false, "You'd usually go to your bank for a chargeback."],
  ['stays-calm', true, "If you're out, the driver will leave it there."],
  ['stays-calm', true, "Let me finish my checks and I'll call you back by 3pm."],
  ['stays-calm', true, 'Please let me know if it works properly this time.'],
  ['stays-calm', true, 'I went to the warehouse to actually look at it myself.'],
  ['stays-calm', true, 'We have already called the courier twice today to chase it.'],
  ['stays-calm', true, 'Please check the new tracking link I sent earlier; it now shows Friday.'],
  ['stays-calm', true, "Your email doesn't seem to have been seen by our team, sorry."],
  ['stays-calm', false, "That's not a fair description of our staff."],
  ['stays-calm', false, 'As mentioned several times, the fee stands.'],
  ["stays-calm", false, "I've already walked you through this twice."],
  // Blind 51-54's defensiveness that stays-calm missed, by kind, in our own words.
  ['stays-calm', false, 'Your deposit is NON-REFUNDABLE after the first lesson.'],
  ['stays-calm', false, 'The heating is working FINE, it is just a cold week.'],
  ['stays-calm', true, 'Pick the SELF-SERVICE option, or ask for code WINTER-2026 at the till.'],
  ['stays-calm', false, "Let's all take a breath, it was one late pizza."],
  ['stays-calm', false, "I'm doing my best here, I wasn't the one who set the price."],
  ['stays-calm', false, 'Once again, the boiler was serviced as the contract says.'],
  ['stays-calm', true, "Once again, I'm sorry for the cold week you've had."],
  ['stays-calm', false, "I won't be getting into any further debate about the fence."],
  ['stays-calm', false, 'We have covered this in four different emails now.'],
  ['stays-calm', false, 'As I have already set out, the fee applies.'],
  ['stays-calm', false, 'I must ask that you stop phoning every branch about it.'],
  ['stays-calm', false, "We don't accept that our driver was rude at any point."],
  ['stays-calm', true, "We don't accept a wait like that either, so the driver is on his way back now."],
  ['stays-calm', false, "It's in the welcome pack, but here it is once more: tap Reset."],
  ['stays-calm', false, 'That was explained when you signed up.'],
  ['stays-calm', false, 'May I refer you to my email of the 3rd. There is nothing further to add.'],
  ['stays-calm', false, "The closure was on every noticeboard. Not sure what else we could have done."],
  ['stays-calm', false, 'Perhaps volunteer a shift before judging us.'],
  ['stays-calm', true, "I've read your message in full and I'm not going to argue with any of it."],
  // Blind 55-58's misses and false alarms, by kind, in our own words.
  ['stays-calm', false, 'As explained in all three of my emails, the deposit is kept.'],
  ['stays-calm', false, 'Respectfully, the room was cleaned before you arrived.'],
  ['stays-calm', false, "Our leaflet is clear, and unlimited data is not what it says anywhere."],
  ['stays-calm', false, 'I never said the upgrade was free.'],
  ['stays-calm', false, "Scroll up and you'll see that I gave the price."],
  ['stays-calm', false, 'The answer stays no, no matter how many times it is asked.'],
  ['stays-calm', false, 'The decision is final however many times it gets raised.'],
  ['stays-calm', true, 'The CNAME record points at our servers now, so the site is back.'],
  ['acknowledges-first', false, "Your badge is now showing as active at the gate. Sorry for the wait."],
  ['acknowledges-first', false, 'New tyre is fitted and the car is good to go. Apologies it took all day.'],
  ['acknowledges-first', false, 'Deposits go automatically back to your card in five days. Sorry about the storm.'],
  ['acknowledges-first', false, 'Your new fob went out today by first-class post. We regret the trouble.'],
  ['offers-a-remedy', false, 'Damage must be reported within a week of the repair works, so we cannot look at it now.'],
  ['offers-a-remedy', false, 'Your power was restored within 6 hours, so no payment is due under the scheme.'],
  ['offers-a-remedy', false, 'A pending charge will drop off your account by itself; we are unable to cancel it.'],
  ['offers-a-remedy', true, 'You were right, we charged the fee twice, and the £40 went by bank transfer this morning.'],
  ['says-when', true, "Your engineer's slot is half ten to twelve, and he'll text when he's 20 mins away."],
  ['says-when', true, "The part is out of stock, and if it hasn't come in by Thursday I'll call you myself."],
  ['no-passing-on', false, 'Parking permits are set by the council, so they would be your first port of call.'],
  ['no-passing-on', false, 'Battery faults are handled by the maker themselves; their phone number is printed on the box.'],
  ['no-passing-on', true, "Tickets bought through an agency are normally changed by them, but I've moved your seat to Friday myself."],
  ['blames-no-one', false, 'Sorry for the wait, the passport office has been slow with renewals this spring.'],
  ['blames-no-one', false, 'The hold-up was your previous supplier, who took a month to release the number.'],
  ['blames-no-one', false, "Uploads go wrong when the photo hasn't been cropped to size."],
  ['blames-no-one', false, "You were billed because the plan was cancelled in the store rather than in your account page."],
  ['no-placeholders', false, 'We have logged the fault at {street} and an engineer is on the way.'],
  ['no-placeholders', true, 'Meet us at the side gate [the one by the car park] at 9.'],
  // Blind 59-62's misses and false alarms, by kind, in our own words.
  ['stays-calm', false, "I've explained this already. The cut-off is noon."],
  ['stays-calm', false, "It's on the website, in bold."],
  ['stays-calm', false, "It was in the newsletter, so it shouldn't have come as a surprise."],
  ['stays-calm', false, 'I can read English, thank you. The limit is £500.'],
  ['stays-calm', false, "If you'd actually checked your inbox you'd have seen the refund."],
  ['stays-calm', false, 'As there seems to be some confusion, parking has always been extra.'],
  ['stays-calm', false, 'We are unpaid helpers, so think twice before posting a review like that.'],
  ['stays-calm', true, "I can see my last message missed your question, so here it is properly: the fee is gone."],
  ['blames-no-one', false, "Reviews are worth a read before booking, they'd have told you about the stairs."],
  ['blames-no-one', false, 'Three reminders went to your inbox, so the information was there.'],
  ['blames-no-one', false, "Whoever booked you in should've asked for the deposit, sorry."],
  ['blames-no-one', false, 'The form was sent on 3 May, after the deadline, so the fine applies.'],
  ['blames-no-one', true, "Whoever told you what, you should have had one clear answer from us, and here it is."],
  ['blames-no-one', true, 'The vase was broken in transit, and we should have packed it better; a new one ships today.'],
  ['blames-no-one', true, "Your sofa was left outside when you'd asked for the porch, and that is on us."],
  ['blames-no-one', true, "It's our mistake: the size was entered wrongly when we took your order."],
  ['no-passing-on', false, 'The app lets you call the driver directly about lost items.'],
  ['no-passing-on', false, 'Our stores can swap it on the spot, and your nearest branch is on King St.'],
  ['no-passing-on', false, 'The car park is run by Network Rail, they will have your ticket on file.'],
  ['no-passing-on', true, "I've raised a claim directly with the airline's baggage desk and I'll update you tomorrow."],
  ['no-passing-on', true, "The lens comes from a supplier, but that's our problem, not yours; a new one is on its way."],
  ['no-passing-on', true, 'If you like, we can file it through our own account on your behalf.'],
  ['offers-a-remedy', false, 'Your warranty ended last month, so unfortunately we cannot repair it free of charge.'],
  ['offers-a-remedy', false, 'We are able to replace bulbs that fail within a year, provided the receipt is kept.'],
  ['offers-a-remedy', false, 'Please note parking is a complimentary extra and is not guaranteed.'],
  ['offers-a-remedy', false, 'A fee applies to every meter exchange outside the programme, per section 4.'],
  ['offers-a-remedy', false, 'Compensation under our terms covers cancellations only.'],
  ['offers-a-remedy', false, 'Refunds for spoiled food are only possible if reported within an hour.'],
  ['acknowledges-first', true, 'Being turned away at the door after a long drive is miserable. I am so sorry, and your tickets are refunded.'],
  ['acknowledges-first', false, 'Refunded £8 to your card. Sorry about the cold food.'],
  ['acknowledges-first', false, 'rebooked for Thursday 3pm. sorry your fitting was cancelled'],
  ['says-when', true, 'Your next session is Tues half 5, and Sam will text you the evening before.'],
  ['says-when', true, 'The crew will call 20 mins before they arrive.'],
  ['says-when', true, 'The credit shows on your statement after the next billing run.'],
  ['gives-steps', true, 'To pair it: hold the side button for ten seconds → wait until the light blinks blue → open the app and tap Add.'],
  ['gives-steps', false, 'It is under Settings > Sound > Alerts.'],
  ['no-placeholders', true, 'Delivery is booked for 8-10am [traffic permitting].'],
  ['no-placeholders', true, "I've added Sam to your team [Editor role], and the invite is sent."],
  ['no-placeholders', false, 'Sorry about the delay with your [order details] today.'],
  // Blind 63-66's misses and false alarms, by kind, in our own words.
  ['stays-calm', false, "We'd ask you not to make allegations about our drivers online."],
  ['stays-calm', false, 'The booking fee was in my very first email, it is not something I have added.'],
  ['stays-calm', false, "We'd appreciate it if you kept things civil. Message us if you actually want help."],
  ['stays-calm', false, 'It would be quicker if you let me finish instead of jumping ahead.'],
  ['stays-calm', false, 'Nothing was broken: the report worked exactly as designed.'],
  ['stays-calm', false, "I've said this a few times now, the rules are the law, not me being difficult."],
  ['stays-calm', false, "Per our call on Monday, which I'm sure you'll recall, the end date stands."],
  ['stays-calm', false, "If the guide had been followed it would work by now. Pasting it again below."],
  ['stays-calm', true, "We'd ask you not to worry: the refund has gone through today."],
  ['acknowledges-first', false, 'Collection label attached. Drop it at any post office. Sorry for the hassle.'],
  ['acknowledges-first', false, "To get your photos back go to Albums > Recently deleted and tap Restore. Sorry about the scare."],
  ['acknowledges-first', false, 'Voucher of £5 added to your account. Apologies for the late driver.'],
  ['offers-a-remedy', false, 'Your plan has unlimited repair call-outs, but parts over £200 are outside the cover.'],
  ['offers-a-remedy', false, 'Residents are responsible for replacing lost items, I am afraid.'],
  ['offers-a-remedy', false, 'Exchanges need to be requested within 14 days, unworn.'],
  ['offers-a-remedy', false, 'Repairs to the heating are carried out at the owner\'s discretion.'],
  ['says-when', true, 'Their review takes ten working days, which takes us to the 19th, and I will email you that morning.'],
  ['says-when', true, "Nothing ships until the 3rd, and you'll get a reminder 48h before."],
  ['says-when', true, 'The corrected bill will be in your account on the morning of the 21st.'],
  ['says-when', false, "Some customers are seeing a login fault tonight, and we're looking into it."],
  ['no-passing-on', false, "If you're locked out, your company's IT admin can reset it for you."],
  ['no-passing-on', false, "Your bank's app support team should be able to fix the export."],
  ['no-passing-on', true, "I'd be happy to email your IT contact with the fix, just say yes."],
  ['no-passing-on', true, "I've re-sent the invoice to their claims team myself, so there's nothing more you need to do."],
  ['blames-no-one', false, 'The app does warn you before you park outside the zone, so the fee was added.'],
  ['blames-no-one', false, 'Agency cleaners were covering that weekend, which may be why the room was missed.'],
  ['blames-no-one', false, 'Our previous card provider had a fault that took the payment twice.'],
  ['blames-no-one', false, 'It was delivered to the address entered at checkout, so it went where it was sent.'],
  ['blames-no-one', false, "The delay was a signal failure, so not something we could do anything about."],
  ['blames-no-one', false, 'We do need passengers to listen for the boarding calls.'],
  ['blames-no-one', false, "If you update your address in settings, this won't happen again."],
  ['blames-no-one', false, 'If the payment had been sent with the reference, it would have matched.'],
  ['blames-no-one', false, 'Our couriers are independent so this does happen sometimes.'],
  ['blames-no-one', true, "You're right that the table wasn't cleaned properly, and we've added a check."],
  ['blames-no-one', true, "I'm sorry the information you were given at the desk was wrong; the fee is refunded."],
  ['no-placeholders', false, 'Your bike is ready on __/__, and we will ring first.'],
  ['no-placeholders', true, 'The {{first_name}} bits in the template fill themselves in when it sends.'],
  ['no-placeholders', true, 'Add merge tags, for example: "Dear {client_name}, your order {order_id} has shipped."'],
  // A review of this session's rounds found these good replies flagged, or bad ones passed, by patterns as first written.
  ['stays-calm', true, 'Once again, really sorry for the mix-up.'],
  ['stays-calm', true, 'Please check the DM we have just sent you with your refund details.'],
  ['stays-calm', true, 'For your safety, I would ask that you stop using the heater until our engineer has visited.'],
  ['stays-calm', true, "I would never agree that anyone should be spoken to like that, and I'm so sorry."],
  ['stays-calm', true, "I've attached our guide where this is explained in full."],
  ['stays-calm', true, "You'll find your booking reference in your confirmation email, in bold at the top."],
  ['stays-calm', true, 'The price rise should not have come as a surprise to you. We should have written to you first, and I am sorry.'],
  ['stays-calm', true, "I understand English isn't your first language, so I have attached a Polish translation."],
  ['stays-calm', true, "We'll test the repaired laptop for a full day before posting it back to you."],
  ['stays-calm', true, "I'm so sorry we never stated the delivery charge clearly on the checkout page. That's our mistake."],
  ['stays-calm', true, "Open the app, scroll up and you'll see the tracking link I sent earlier today."],
  ['stays-calm', true, "I wasn't the person who dealt with your first call, but I have read all the notes and I'm so sorry."],
  ['stays-calm', true, "I'm doing my best here to get your refund out today."],
  ['stays-calm', true, 'You can take a breath now: the refund has gone through.'],
  ['stays-calm', true, 'As there seems to be some confusion in our own records, I have checked your account by hand.'],
  ['stays-calm', true, "The email said your order was cancelled, but that is not what happened: it is still on its way, and I'm sorry for the scare."],
  ['stays-calm', true, 'I have answered it already in the chat, but here is the full answer again.'],
  ['stays-calm', true, "If you'd just opened it to find it cracked, that must have been so disappointing."],
  ['stays-calm', true, 'There is nothing more to pay, and nothing else to add to your booking.'],
  ['stays-calm', true, 'Let me point you to our email from Monday, which has the returns label attached.'],
  ['stays-calm', true, 'Track your parcel by clicking HERE, or open the YOU tab in the app.'],
  ['stays-calm', false, "I'm unsure what more we could have done."],
  ['no-passing-on', true, 'From now on I will be your first point of call, so just reply to this email.'],
  ['no-passing-on', true, 'Your case is handled by Sarah, who will call you on Monday with the results.'],
  ['no-passing-on', true, 'Your refund will be processed by our finance team directly.'],
  ['no-passing-on', false, "I've raised it: ring Evri directly with your tracking number."],
  ['blames-no-one', true, "I'm so sorry the 07:12 from Leeds was late this morning. That's on us."],
  ['blames-no-one', true, 'The delay was at our Leeds depot, which is entirely our fault.'],
  ['blames-no-one', true, 'It really helps if you tell us a day before you travel, so we can have the ramp ready.'],
  ['blames-no-one', true, "Even though your form was submitted after the deadline, I've accepted it."],
  ['blames-no-one', true, 'This tends to happen when the battery is not fully charged, so please charge it overnight.'],
  ['blames-no-one', true, "Whoever helped you last week, we should have sorted this then, and I'm sorry."],
  ['acknowledges-first', false, "I'm sorry about you being turned away at the door, but you should have brought your ID."],
  ['acknowledges-first', true, "Since your boiler was fitted last month, it has been nothing but trouble, and I'm so sorry."],
  ['acknowledges-first', true, "You were out this morning when our engineer called, and I'm really sorry we missed you."],
  ['acknowledges-first', true, "Good to go on Monday was what we promised, and I'm so sorry we let you down."],
  ['offers-a-remedy', false, 'As you paid by bank transfer, please contact your bank about the damage.'],
  ['offers-a-remedy', true, "I've issued a full refund under your original order number."],
  ['offers-a-remedy', true, "Don't worry, the replacement is free of charge and goes out today."],
  ['says-when', false, "The warehouse is half a day behind, and we're looking into it."],
  ['no-placeholders', false, 'Your engineer will come on Tuesday [morning or afternoon].'],
  ['no-placeholders', false, 'The refund will reach you soon [days it takes].'],
  // Blind 67-70's misses and false alarms, by kind, in our own words.
  ['stays-calm', false, 'The survey excluded the garage; this was explained on site.'],
  ['stays-calm', false, 'With the greatest respect, our drivers do not deserve this.'],
  ['stays-calm', false, "Per my colleague's email of the 2nd, the speed is within range."],
  ['stays-calm', false, 'Please read the terms again before raising a further complaint.'],
  ['stays-calm', false, 'Just so you know for next time, the code is in your welcome email.'],
  ['stays-calm', true, "I know this is the third time you've had to write, and you shouldn't have had to. Here is where it stands."],
  ['stays-calm', true, "We're sorry you feel that way, and we'd like to put it right."],
  ['stays-calm', true, "I'm not going to argue with you: a ban by mistake is rough, and it's lifted."],
  ['stays-calm', true, "@LOUDCUSTOMER you're right to be upset, and the refund is on its way."],
  ['blames-no-one', false, "The coat wasn't labelled when it was dropped off, which makes it hard for staff."],
  ['blames-no-one', false, 'The kitchen marked the order as ready before it was.'],
  ['blames-no-one', false, 'Our instructor should have told you the class was cancelled.'],
  ['blames-no-one', false, "The reference box was left empty, so the payment couldn't be matched."],
  ['blames-no-one', false, 'The outage was on Openreach lines, which caused the drop.'],
  ['blames-no-one', false, 'The speaker cancelled last minute, so we were as surprised as you.'],
  ['blames-no-one', false, 'The lid was refitted incorrectly at home, which lets water in. Do follow the guide carefully in future.'],
  ['blames-no-one', false, "That figure wasn't in the documents provided to us in May."],
  ['blames-no-one', false, 'The courier gave it a rough ride, sorry.'],
  ['blames-no-one', false, 'The limit was set when the branch opened the account.'],
  ['no-passing-on', false, "It's quickest if you log it on their fault page."],
  ['no-passing-on', false, 'Please submit the web form, then they can lift the block.'],
  ['no-passing-on', false, 'The team there can take it further for you.'],
  ['offers-a-remedy', false, 'Refund requests are only reviewed for charges in the last 14 days.'],
  ['offers-a-remedy', false, "Network fees can't be returned; it's the same on every exchange."],
  ['offers-a-remedy', false, "Sessions can be rescheduled at the tutor's discretion, and that is not refundable."],
  ['says-when', true, "The charge reverses on the 14th, and I'll message you that morning."],
  ['says-when', true, "It will be in your account when you wake up, and if not I'll push it through first thing."],
  ['acknowledges-first', false, "I've resubmitted your return with the right figures. We apologise for the error."],
  ['no-placeholders', false, 'The fix ships in version X.X shortly.'],
  ['no-placeholders', false, 'Your boat is at berth __ from 10am.'],
  ['no-placeholders', false, 'Your bill date will be the XXth of each month.'],
  ['no-placeholders', true, 'Use merge tags: for example, {{first_name}} becomes each contact\'s name.'],
  // Blind 71-74's misses and false alarms, by kind, in our own words.
  ['stays-calm', false, 'Further to my previous two emails, I would again refer you to the contract.'],
  ['stays-calm', false, 'The cover limits were clearly set out in the policy you bought.'],
  ['stays-calm', false, 'ok, take a breath, your order is not lost'],
  ["stays-calm", false, "let's not get worked up, it's one missing sauce"],
  ['stays-calm', false, "We've literally refunded it already, check your bank."],
  ['stays-calm', false, 'We are not in the habit of overcharging anyone.'],
  ['stays-calm', false, 'There is no need for personal remarks about our drivers. DM us politely.'],
  ['stays-calm', false, 'We encourage customers to check the status page first.'],
  ['stays-calm', true, "Some of this we've already covered, but here it is in one place so you don't have to scroll."],
  ['blames-no-one', false, 'The trainee who fitted it is still getting the hang of the new boilers.'],
  ["blames-no-one", false, "Our courier's had a rough week, to put it kindly."],
  ['blames-no-one', false, 'The florist took ages to get the bouquet to our van.'],
  ['blames-no-one', false, 'The order was changed on Friday, after the Thursday cut-off.'],
  ['blames-no-one', false, 'Our driver followed the address you entered at checkout.'],
  ['blames-no-one', true, "Your plan was set up at the wrong price when you joined, and we should have caught it. It's corrected."],
  ['no-passing-on', true, "Normally the maker's helpdesk deals with this, but I have a contact there and I've sent them your photos."],
  ['no-passing-on', true, "The change has to be made on their side, but you don't need to do anything: I'll do it with the access you gave us."],
  ['offers-a-remedy', false, 'The exchange rate is fixed when the shop settles the payment, so we cannot adjust it.'],
  ['offers-a-remedy', false, 'Replacement keys are issued free of charge once a year; a further replacement costs £10.'],
  ['says-when', true, 'The pharmacist signs it off at 4pm, so it should show in the app this evening.'],
  ['no-placeholders', true, 'Version 2.1 [stable] is out now.'],
  ['no-placeholders', true, 'Seat 22A [window] is yours.'],
  ['no-placeholders', true, 'For example, typing {first_name} in the template puts in each name.'],
  // Blind 75-78's misses and false alarms, by kind, in our own words.
  ['no-passing-on', true, "I've filled in their claim form myself and emailed it to them this morning."],
  ['no-passing-on', true, 'I rang the school business office and the money is back on the account.'],
  ['no-passing-on', false, "That one's for your landlord, as the boiler isn't ours."],
  ['no-passing-on', false, "I've closed this one; if you open a new ticket under Billing it will reach the right team."],
  ['no-passing-on', false, "You'd need to get the certificate from your old insurer first."],
  ['blames-no-one', false, 'If the right date had gone in, the cake would have been ready.'],
  ['blames-no-one', false, 'The price you saw was promised by a reseller, not by us.'],
  ['blames-no-one', false, "The list you sent last week didn't include the second venue."],
  ["blames-no-one", false, "The council's road closure meant the bus could not get through."],
  ['blames-no-one', false, "The number on file didn't connect, so the slot was released."],
  ['blames-no-one', false, 'The club sent us last year\'s entry list.'],
  ['blames-no-one', false, 'The advisor you spoke to was quite new.'],
  ['blames-no-one', false, "The insurance option wasn't ticked on your order."],
  ['blames-no-one', false, 'It was a power cut at the station, nothing our staff could control.'],
  ['blames-no-one', false, 'Our weekend team were still getting to grips with the new tills.'],
  ['stays-calm', false, 'Friendly reminder that our opening hours are on the door.'],
  ['stays-calm', false, 'Just to point out, this was covered in the welcome call.'],
  ['stays-calm', false, "Please don't talk to my team like that."],
  ['stays-calm', false, 'Perhaps check the menu before leaving a review.'],
  ['stays-calm', false, 'Nobody else complained about the music that night.'],
  ['stays-calm', false, "Please don't shout at us, the parcel shows as signed for."],
  ['stays-calm', false, 'As was stated in my previous email, the term is 12 months. I cannot explain it more simply.'],
  ['stays-calm', false, 'This has already been answered, and it was set out in our reply on Monday.'],
  ['stays-calm', true, "I know you've explained this three times now, so I'll take it from here."],
  ['stays-calm', true, 'Not our department technically, but fine, I have logged it with the port for you.'],
  ['acknowledges-first', false, 'Photos restored from the backup. Sorry about the fright.'],
  ['acknowledges-first', false, 'Replacement lamp ships Tuesday. Sorry about that!'],
  ['acknowledges-first', false, "Apologies for the wait, it's just been a really busy week."],
  ['acknowledges-first', true, "I can see you've had two deliveries cancelled, which cost you two days at home. I'm so sorry. Both are refunded."],
  ['offers-a-remedy', true, "Our mistake in the pattern: a corrected copy is on its way to you, and here's a discount code for next time."],
  ['offers-a-remedy', false, 'Replacements are covered for 90 days under the guarantee, and yours is outside that.'],
  ['offers-a-remedy', false, 'Our target fix time is 2 working days, after which compensation may apply.'],
  ['says-when', true, "Your slot is on the 22nd, and I'll ring you the afternoon before."],
  ['no-placeholders', true, "Merge tags work in subject lines, so 'Hi {first_name}' becomes 'Hi Sam'."],
  ['no-placeholders', true, 'You can use merge tags like {first_name} in the subject line.'],
  ['no-placeholders', true, "Change the format to 'DD/MM/YYYY' and run the export again."],
  ['says-when', false, "Your laptop is only a month old, so we're looking into it."],
  ['says-when', false, "I've asked about the refund for the 2 items you returned and will let you know."],
  ['says-when', true, "I've booked you into the engineer's diary for next week, and he'll ring to confirm."],
  ['offers-a-remedy', true, 'Your refund will be 49.99, and it will reach your card by Friday.'],
  ['offers-a-remedy', true, 'Good news: you qualify for a full refund, and I have issued it.'],
  ['offers-a-remedy', true, "Please note I've credited £15 to your account for the trouble."],
  ['acknowledges-first', true, "I emailed you on Monday about the delay; I'm so sorry it still hasn't arrived. A new one ships today."],
  ['acknowledges-first', false, "We've moved you to a quieter room. Sorry for the noise."],
  ['no-placeholders', false, 'Hi [Customer], your [Engineer] will call on [Weekday].'],
  ['no-placeholders', false, 'Your voucher is valid [until date].'],
  ['no-placeholders', false, 'It is booked under [Customer name].'],
  ['no-placeholders', false, 'Please select [Delivery date] on the form.'],
  ['no-placeholders', false, 'Please go to [website] to see it.'],
  ['no-placeholders', false, 'Dear customer, [explain why this was delayed].'],
  ['no-placeholders', false, 'Use {{first_name}} in your template, and your replacement ships on [date] with [courier name].'],
  ['no-placeholders', true, 'Certified copies mark unreadable parts as [illegible].'],
  ['no-placeholders', false, 'We will refund your card ending [last 4 digits].'],
  // The round on blind 79-82, by kind, our own wording. Blame told as who did what: a named party doing a thing instead
  // of the right one, a colleague who did not do it properly, the customer's own timing or taps.
  ['blames-no-one', false, 'The porter seems to have put your case in room 12 rather than 21.'],
  ['blames-no-one', false, 'Our cleaning agency booked you for the 9th instead of the 19th.'],
  ['blames-no-one', false, 'The advisor who handled your booking entered the wrong postcode.'],
  ['blames-no-one', false, 'Sorry about the leak. The plumber did not seal the tank lid properly.'],
  ['blames-no-one', false, 'It must have been thrown about somewhere on the way to you.'],
  ['blames-no-one', false, 'Please make sure someone is in next time so the fitter can get access.'],
  ['blames-no-one', false, 'You reached the gate a few minutes after boarding had closed.'],
  ['blames-no-one', false, 'The courier should really have rung the bell.'],
  ['blames-no-one', false, 'The second charge came from the pay button being pressed twice.'],
  ['blames-no-one', true, "It's the router your broadband company supplied rather than the hub. I'm on hold with them now on your behalf."],
  ['blames-no-one', true, 'I asked the driver to leave it with reception rather than take it back to the depot.'],
  ['stays-calm', false, 'Let me reiterate: the offer ended on Sunday.'],
  ['stays-calm', false, 'I trust this is now clear.'],
  ['stays-calm', false, 'Interesting that you only mention the crack now, three weeks later.'],
  ['stays-calm', false, "I'm not going to keep arguing about the fee."],
  ['stays-calm', false, 'I did already explain this on the phone, the fee is fixed.'],
  ['stays-calm', true, "I know this is your third email, and that's on us. Here is a straight answer: it ships Monday."],
  // Three patterns of that round as first written had an alternative of two words, which the language cannot say.
  ['stays-calm', false, 'To reiterate, the fee is fixed.'],
  ['stays-calm', false, "I'm not gonna keep arguing about this."],
  ['blames-no-one', false, 'The lamp left us perfectly packed.'],
  // A read-only review of that round ran drafts of its own against it; the ones it got wrong, mended.
  ['no-passing-on', true, 'Yes, the AA batteries are the right ones for this remote.'],
  ['no-passing-on', true, 'A cool, dry cupboard is the best place to keep the capsules.'],
  ['no-passing-on', true, 'You are the best person to tell us which date suits you.'],
  ['no-passing-on', true, 'The router is best placed in the middle of your home.'],
  ['no-passing-on', false, 'Samsung are the right people to ask about the warranty.'],
  ['no-passing-on', false, 'Then you can check with your bank whether the payment left your account.'],
  ['no-passing-on', false, 'When you reach the airline, they can rebook the flight.'],
  ['no-passing-on', false, 'Your first call for warranty faults is the manufacturer.'],
  ['stays-calm', true, 'Let me reiterate how sorry I am that your order arrived damaged.'],
  ['stays-calm', true, 'It is funny that you ask: we restocked the blue size this morning.'],
  ['stays-calm', true, 'You are not going to keep explaining this to different people: I will handle it personally.'],
  ['stays-calm', true, 'I trust this is clear, but do let me know if you have any other questions.'],
  ['blames-no-one', true, 'Our system submitted your payment twice by mistake. I have cancelled the duplicate and refunded you today.'],
  ['blames-no-one', true, 'The booking was made for two adults rather than three, so I have added the third guest at no extra cost.'],
  ['blames-no-one', true, 'I can see you got charged after you had closed the account, which should not have happened. I have refunded it.'],
  ['blames-no-one', true, 'I am sorry the vacuum cleaner did not charge properly.'],
  ['blames-no-one', true, 'I am really sorry. It must have been knocked in transit, so a new one is on its way.'],
  ['no-placeholders', false, 'Hi Sam, your order [ORD] has been dispatched today.'],
  ['no-placeholders', false, 'I have refunded [AMT] to your card today.'],
  ['offers-a-remedy', false, 'You paid the balance on 3 May, so the 14 day return window has now closed.'],
  ['offers-a-remedy', false, 'Under our terms the balance is paid on delivery.'],
  ['offers-a-remedy', true, 'A replacement for your lamp is on its way today, and you have not been charged for it.'],
  ['acknowledges-first', true, 'I am so sorry your lamp arrived broken. I know it must feel as though nobody is listening, so I have sent a new one today.'],
  ['acknowledges-first', true, 'I am so sorry your lamp arrived broken. Even though the warehouse is closed today, I have arranged a replacement.'],
  ['no-passing-on', false, 'The parking office on 0161 555 0100 are the right people for permits.'],
  ['no-passing-on', false, 'Our pensions advisors are best placed to answer that one.'],
  ['no-passing-on', true, "We're the right team for this, so I've booked the repair myself."],
  ['no-passing-on', true, 'The guarantee is the maker\'s, but we raise the claim with them ourselves. Leave the forms to us.'],
  ['no-passing-on', true, 'This began as a question for our accounts team, but I can see the same screen, so I have fixed it.'],
  ['no-passing-on', true, "You're the first call for tomorrow's crew."],
  ['no-passing-on', true, 'The guard will give you the form before you reach York.'],
  ['no-passing-on', true, "I'll send you the reference so you can check it against your statement."],
  ['says-when', true, 'The refund is approved and should be with you around the 12th.'],
  ['says-when', true, 'An engineer is with you first thing Tuesday.'],
  ['says-when', false, "We've heard you about the 42 bus and the team are looking at the timetable."],
  ['acknowledges-first', false, 'Sorry the heater failed. That model does need yearly servicing though. A new part is on its way.'],
  // An acknowledgement need not say sorry: what they hear in the message, what they rely on it for, the time they are
  // going through (a review, 2026-12-03: the empathy lessons' own openings were read as none). A bare "I understand."
  // or thanks for their patience still acknowledges nothing.
  ['acknowledges-first', true, "I can hear how tired you are of chasing this. I've taken it over and the new router ships today."],
  ['acknowledges-first', true, 'I could hear that you were at the end of your rope on the phone. Here is where things stand.'],
  ['acknowledges-first', true, 'I understand you depend on the van for your rounds, so this comes first today. A hire van is booked for you.'],
  ['acknowledges-first', true, 'I know you rely on the app to see your patients. I have reset your access.'],
  ['acknowledges-first', true, "Thank you for telling us at such a hard time. I've closed the account and stopped the bills."],
  ['acknowledges-first', true, 'I know this is a painful time for you and your family. The refund is on its way.'],
  ['acknowledges-first', false, "I understand. I've reset your password."],
  ['acknowledges-first', false, 'Thanks for your patience. The part ships on Friday.'],
  ['acknowledges-first', false, 'I understand you want to change plan. Go to Settings > Plan.'],
  ['acknowledges-first', false, "Thanks for your patience at this busy time. I've reissued the ticket."],
  // Their words without the feeling are none (a review of the above): what we rely on them for, boilerplate about
  // difficult times, what we heard on a call, sarcasm.
  ['acknowledges-first', false, 'I understand you rely on us to reply within 24 hours, which we did.'],
  ['acknowledges-first', false, 'I understand you depend on the hotel to confirm, not us.'],
  ['acknowledges-first', false, 'At such a difficult time we ask for patience.'],
  ['acknowledges-first', false, 'During these difficult times we ask all customers for patience.'],
  ['acknowledges-first', false, 'We could hear what you said on the call recording, and the agent did tell you the booking was unconfirmed.'],
  ['acknowledges-first', false, 'I can hear how much you enjoy writing to us.'],
  ['acknowledges-first', false, 'I know you count every penny.'],
  // Telling someone in danger to call the emergency services is no passing on (health-and-care-needs says to).
  ['no-passing-on', true, "I'm so sorry. Please call 911 now, and I'll stay on this with you."],
  ['no-passing-on', true, 'Please ring 999 straight away; we will sort the rest.'],
  ['no-passing-on', true, 'Please call the emergency services now.'],
  ['no-passing-on', true, 'Call 112 right away, then reply here.'],
  ['no-passing-on', true, 'Please call an ambulance if she is still struggling to breathe.'],
  ['no-passing-on', false, 'Please call your bank about this.'],
  ['offers-a-remedy', false, 'The repair to your fence has not been completed, but it is within our 60-day target.'],
  ['offers-a-remedy', false, 'Our terms say deliveries may occasionally be rescheduled by the driver.'],
  ['offers-a-remedy', true, 'We paid your claim short because of the wrong rate. The difference has been paid into your account today.'],
  ['no-placeholders', true, 'The fitter is booked for Thu 3 July [PM]. Ref 44120.'],
  ['no-placeholders', true, 'Version 5.2 [EU] is out now, and the US follows next week.'],
  ['no-placeholders', false, 'See you on Monday [TBC].'],
  ['no-placeholders', false, 'Hi [FN], your order is ready.'],
  // A helper's look (2026-12-02): a third party named as responsible for the fault, or to blame, is a finger pointed;
  // named as not responsible, or after "if", it is not.
  ['blames-no-one', false, 'I am sorry the parcel is late. The courier is responsible for this.'],
  ['blames-no-one', false, 'Sorry. The warehouse was entirely to blame.'],
  ['blames-no-one', true, 'The courier is not responsible for this, we are, and a new one goes out today.'],
  ['blames-no-one', true, 'They were never to blame; the mistake was ours and I have refunded you today.'],
  ['blames-no-one', true, 'If the courier is responsible for the damage, we still replace it today.'],
  // Who handles what is no finger pointed (a review found both flagged).
  ['blames-no-one', true, 'The seller is responsible for the warranty, so I have opened the claim with them myself.'],
  ['blames-no-one', true, 'Our courier partner is responsible for the final delivery, and I have asked them to redeliver tomorrow.'],
  ['blames-no-one', false, 'The courier is responsible for the delay.'],
  ['blames-no-one', false, 'The warehouse is fully responsible for the packing mistake.'],
  ['blames-no-one', false, 'The courier is responsible for the lost parcel, so please contact them.'],
  ['blames-no-one', false, 'The courier is responsible for your missing package.'],
  ['blames-no-one', false, 'The courier is responsible for the loss of your parcel.'],
  // Sending the customer to take it up with someone else is no remedy, however the keep model reads the sentence.
  ['offers-a-remedy', false, 'Sorry about that. You will need to take this up with them directly.'],
  ['offers-a-remedy', true, 'I will take this up with the courier myself and send you a new lamp today.'],
  // A tester's look (2026-12-02): a fix already done keeps the remedy in any verb that undoes the fault, not only
  // "fixed"; the customer doing it, or a routine, does not.
  ['offers-a-remedy', true, "Hi, I've cleared the stuck session on your account and the logouts have stopped."],
  ['offers-a-remedy', true, "I've reset your account so the logouts have stopped"],
  ['offers-a-remedy', true, "I've cleared the sync error on your laptop and the files are uploading."],
  ['offers-a-remedy', true, 'I have unblocked your number and the calls are coming through.'],
  ['offers-a-remedy', true, "I've resolved the clash in your calendar."],
  ['offers-a-remedy', true, 'We have unlocked your account this morning.'],
  ['offers-a-remedy', true, "I've re-enabled your card, so it works again."],
  ['offers-a-remedy', true, 'Your subscription has been reactivated.'],
  ['offers-a-remedy', true, 'I have removed the block on your card.'],
  ['offers-a-remedy', true, 'We have lifted the hold on your account.'],
  ['offers-a-remedy', true, 'The restriction on your account has been removed.'],
  ['offers-a-remedy', true, 'I reissued your card this morning.'],
  ['offers-a-remedy', false, 'Once you have cleared your browser cache, the page will load.'],
  ['offers-a-remedy', false, 'We reset all passwords every 90 days under our security policy.'],
  ['offers-a-remedy', false, 'You have unlocked the account yourself, so there is nothing more for us to do.'],
  ['offers-a-remedy', false, 'We have not removed the block, as the card was reported stolen.'],
  // The customer told what they should have done is blamed whatever the verb; what should have reached them is not.
  ['blames-no-one', false, 'You should have split the file before uploading it.'],
  ['blames-no-one', false, 'You should have packed the vase in bubble wrap.'],
  ['blames-no-one', false, 'You ought to have registered the warranty within 30 days.'],
  ['blames-no-one', true, 'You should have got a text from us with the new code.'],
  ['blames-no-one', true, 'You should have been sent a label; I have emailed another.'],
  ['blames-no-one', true, 'By now you should have seen the refund on your statement.'],
  // Sending them to raise it with a named company, or to a maker or trade by its name, is passing on.
  ['no-passing-on', false, 'Please raise a ticket with Atlassian.'],
  ['no-passing-on', false, 'Please open a case with Microsoft about the licence.'],
  ['no-passing-on', false, 'You can submit a claim to Amazon for the missing item.'],
  ['no-passing-on', false, 'Please contact the roaster.'],
  ['no-passing-on', false, 'Please contact the brewery about the batch.'],
  ['no-passing-on', false, 'Best to call the roastery about that.'],
  ['no-passing-on', false, 'Please phone the bottler directly.'],
  ['no-passing-on', true, 'I have opened a case with Microsoft and will update you on Friday.'],
  ['no-passing-on', true, "I'll contact the brewery directly and come back to you today."],
  ['no-passing-on', true, 'Please email the photos directly to me so I can file the claim.'],
  // Our own line, reached directly, is no passing on (a review, 2026-12-02).
  ['no-passing-on', true, 'If it happens again, call the support line directly and ask for me.'],
  // "Please allow" a span of time says when, as "within" it does; "allow" alone, or a policy's allowance, does not.
  ['says-when', true, 'Please allow 24-48 hours for your refund to process.'],
  ['says-when', true, 'Please allow 3-5 working days for the refund to appear.'],
  ['says-when', true, 'Kindly allow up to 10 working days for the money to reach your card.'],
  ['says-when', true, 'Allow 2–3 days for the new card to arrive.'],
  ['says-when', false, "I'm afraid we can't allow that."],
  ['says-when', false, 'Please allow us to look into this for you.'],
  ['says-when', false, 'We allow 30 days for returns, and we are looking into your order.'],
  // A number or a number word, then the span: not "a"/"an" and a person between (a review, 2026-12-03).
  ['says-when', false, 'Please allow an agent access to your business account so we can fix the invoice.'],
  ['says-when', false, 'Please allow an engineer remote access during business hours so we can check the router.'],
  ['says-when', false, 'Please allow a member of staff two days to inspect the item.'],
  ['says-when', true, 'Please allow for 3-5 business days.'],
  ['says-when', true, 'We kindly ask you to allow 3-5 days.'],
  ['says-when', true, 'Please allow a few more days for the parcel to arrive.'],
  ['says-when', true, 'Please allow a couple of days for the refund to show.'],
  ['says-when', true, 'Please allow two working days for the engineer to call.'],
  // A span said with "a", "a further", "an additional" (a review found them lost to the rule above); a reason to wait
  // that promises the customer nothing is not.
  ['says-when', true, 'Please allow a week for the refund.'],
  ['says-when', true, 'Please allow a day or two for the refund.'],
  ['says-when', true, 'Please allow a further 5 working days.'],
  ['says-when', true, 'Please allow an additional 3 days.'],
  // Said with "extra", "another" or "about", in a fortnight (a second review); minutes, notice and how-to waits promise
  // the customer nothing (a third review).
  ['says-when', true, 'Please allow a further 48 hours for the courier to update the tracking.'],
  ['says-when', true, 'Please allow an extra 24 hours for the update.'],
  ['says-when', true, 'Please allow approximately 24 hours for the refund.'],
  ['says-when', false, 'Please allow an extra hour to find parking on the day.'],
  ['says-when', false, 'Please allow up to an hour for the oven to preheat.'],
  ['says-when', true, 'We ask that you allow 3-5 working days for the refund.'],
  ['says-when', false, "Please allow a week's notice for cancellations."],
  ['says-when', false, 'Please allow an extra 10 minutes to find parking on the day.'],
  ['says-when', false, "Please allow a fortnight's notice for any changes to your subscription."],
  ['says-when', false, 'Did you allow 10 minutes for the router to restart?'],
  ['says-when', false, 'Allow about 20 minutes for the oven to preheat.'],
  ['says-when', false, "Please allow at least 48 hours' notice if you need to cancel your appointment."],
  ['says-when', true, 'Please allow a week, then let me know if it has not arrived.'],
  ['says-when', true, 'Please allow another week for the replacement to arrive.'],
  ['says-when', true, 'Kindly allow an extra 3 working days over Christmas.'],
  ['says-when', true, 'Please allow approximately 5-7 working days for the refund.'],
  ['says-when', true, 'Please allow a fortnight for delivery.'],
  ['says-when', false, 'To allow 2 days for inspection we will hold the item.'],
  ['says-when', false, 'Please allow a 30 day grace period under the warranty.'],
  ['says-when', false, 'Allow a day for the paint to cure.'],
  // A span alone at the sentence's end says when ("$": the match ends its sentence), where a possessive ("a week's
  // notice") goes on; before 2026-12-03 it had to go on with "for", "and", "then"…, and "Please allow a week." was ✗.
  ['says-when', true, 'Please allow a week.'],
  ['says-when', true, 'Sorry for the wait. Kindly allow up to a month!'],
  ['says-when', true, 'Please allow another business day'],
  ['says-when', false, "Please allow a week's notice."],
  ['says-when', true, 'Please allow a week, thanks.'],
  ['says-when', true, 'Please allow a week please.'],
  ['says-when', true, 'Please allow a week, many thanks.'],
  // A span written short ("48h", "24hrs"): a number, not a unit word (a review, 2026-12-03).
  ['says-when', true, 'You can expect an update from me within 48h.'],
  ['says-when', true, "I'll be back in touch within the next 24h."],
  ['says-when', true, 'Expect the refund within 3-5 days or within 72hrs at most.'],
  // Within a distance, an amount or a count: no when (a review of the first version, which took any number).
  ['says-when', false, "I'm looking into it with the courier; the tracker shows the van within 2km of you."],
  ['says-when', false, "I'm looking into it with the courier. We deliver within 5 miles of the store."],
  ['says-when', false, "I'm looking into it. You're within £5 of free delivery."],
  ['says-when', false, "I'm looking into it. It should be with you within the next 3 deliveries."],
];

describe('reply checks, on the examples that shaped them', () => {
  it.each(cases)('%s is %s for: %s', (id, ok, draft) => {
    const result = run(id, draft);
    expect(result.ok, `${result.message} ${JSON.stringify(result.evidence)}`).toBe(ok);
  });

  it('quotes the draft exactly in its evidence', () => {
    const draft = 'Hi Sam,\n\nFor that you will need to contact our returns team, sorry.';
    const result = run('no-passing-on', draft);
    expect(result.ok).toBe(false);
    expect(result.message).toBe('sends them elsewhere');
    const [e] = result.evidence;
    expect(e?.text).toMatch(/contact our/);
    expect(draft.slice(e!.start, e!.end)).toBe(e!.text);
  });

  it('says a reply in capitals shouts, not that it is defensive', () => {
    const result = run('stays-calm', 'HI SAM, SORRY. YOUR REFUND WILL REACH YOU BY MONDAY.');
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/shout/);
  });

  it('does not count the customer quoted in the reply as the agent speaking', () => {
    expect(run('stays-calm', 'You wrote "calm down and read my email" and I hear you. Here is what I found.').ok).toBe(true);
    expect(run('stays-calm', 'Please calm down and read my email.').ok).toBe(false);
  });

  it('says which came first when the fix comes before the acknowledgement', () => {
    const result = run('acknowledges-first', "I've refunded you. I'm sorry the jacket tore.");
    expect(result.message).toBe('fixes before acknowledging');
    expect(result.evidence.map((e) => e.text)).toEqual(["I've refunded", 'sorry']);
  });

  it('offers, for every check, a lesson phrase that does not break it once its blanks are filled', () => {
    const blanks = BUILTIN_CHECKS.find((c) => c.id === 'no-placeholders')!;
    for (const check of BUILTIN_CHECKS) {
      const lesson = BUILTIN_LESSONS.find((l) => l.id === check.lesson);
      const phrase = lesson?.phrases[check.phrase ?? 0];
      expect(phrase, check.id).toBeTypeOf('string');
      // A phrase may leave a blank for the agent ("by [time]"): unfilled, it is flagged before sending.
      const filled = phrase!.replace(/\[[^\]]+\]/g, 'Friday');
      if (filled !== phrase) expect(checkReply(phrase!, [], [blanks])[0]?.ok, phrase).toBe(false);
      const result = checkReply(filled, [check.topic], [check])[0]!;
      // A steps check needs a list, which no single phrase is; the rest must be kept by their own better phrase.
      if (check.id !== 'gives-steps') expect(result.ok, `${check.id}: ${filled} → ${result.message}`).toBe(true);
    }
  });
});

describe('the lessons and the checks agree', () => {
  it('no phrase of any lesson, its blanks filled, breaks a check that runs on every reply', () => {
    const universal = BUILTIN_CHECKS.filter((c) => c.universal);
    const broken = BUILTIN_LESSONS.flatMap((l) =>
      l.phrases.flatMap((p) => checkReply(fillBlanks(p), [], universal).filter((r) => !r.ok).map((r) => `${l.id}: ${r.id} "${r.evidence[0]?.text}"`)),
    );
    expect(broken).toEqual([]);
  });
});

/** Which check a result is of. */
const checkOf = (r: CheckResult): Check => BUILTIN_CHECKS.find((c) => c.id === r.id)!;

/**
 * Whether a result says the draft does what its check forbids: a break, or a fix before the acknowledgement. A check
 * one phrase alone does not keep (no steps, no when) is no fault of the phrase.
 */
function breaks(r: CheckResult): boolean {
  return !r.ok && r.message !== checkOf(r).messages.missing;
}

/** Whether a result is a break, or says what a check asks for is missing and quotes what was said instead ("as soon
 * as it's on the way" where a when is asked). */
function faults(r: CheckResult): boolean {
  return breaks(r) || (!r.ok && r.evidence.length > 0);
}

/** The checks that run for a ticket, and the lessons suggested for it, as the CLI and the side panel choose them. */
function forTicket(ticket: string) {
  const suggestions = suggest(ticket, ENGINE);
  return { topics: checkedTopics(suggestions), lessons: checkedLessons(suggestions), suggested: suggestions.map((s) => s.lesson) };
}

const lessonById = (id: string) => BUILTIN_LESSONS.find((l) => l.id === id);

describe('the lessons on their own tickets', () => {
  it("keeps acknowledges-first with each empathy lesson's opening, its blanks filled", () => {
    const acknowledges = BUILTIN_CHECKS.find((c) => c.id === 'acknowledges-first')!;
    const missed = BUILTIN_LESSONS.filter((l) => l.topics[0] === acknowledges.topic)
      .map((l) => filledBlanks(l.phrases[0]!))
      .filter((opening) => !checkReply(opening, [acknowledges.topic], [acknowledges])[0]?.ok);
    expect(missed, missed.join('\n')).toEqual([]);
  });

  // Each lesson's phrases on its own tickets (tests/lesson-cases.json): its blanks filled as the agent would, or left
  // in (then only the blank is flagged).
  const cases = (lessonCases as Array<{ lesson: string; ticket: string }>).map((c) => ({ ...c, lesson: lessonById(c.lesson)! }));
  it.each(cases.map((c) => ({ id: c.lesson.id, ticket: c.ticket, lesson: c.lesson })))('$id: no phrase does what a check forbids on "$ticket"', ({ ticket, lesson }) => {
    const { topics, lessons } = forTicket(ticket);
    const faulty = lesson.phrases.flatMap((phrase) =>
      [filledBlanks(phrase), phrase].flatMap((text) =>
        checkReply(text, topics, BUILTIN_CHECKS, lessons)
          .filter((r) => breaks(r) && !(text === phrase && r.id === 'no-placeholders'))
          .map((r) => `${r.id} (${r.message}: "${r.evidence[0]?.text ?? ''}") in: ${text}`),
      ),
    );
    expect(faulty, faulty.join('\n')).toEqual([]);
  });

  // A lesson's phrase with its blanks left in misses the when its blank would give; the miss quotes only vague words it
  // really says (the team "working on a fix"), never "on it" from "keep an eye on it" or "check on it", nor "working on"
  // from "it's working on your side" (before 2026-12-03 the checklist quoted the phrase it offered as the fix).
  it("quotes as vague only what a lesson's phrase, its blanks left in, really says instead of a when", () => {
    const quoted = BUILTIN_LESSONS.flatMap((lesson) =>
      lesson.phrases.flatMap((phrase) =>
        checkReply(phrase, lesson.topics, BUILTIN_CHECKS, new Set([lesson.id]))
          .filter((r) => faults(r) && r.id !== 'no-placeholders')
          .map((r) => `${lesson.id} ${r.id}: ${r.evidence.map((e) => e.text).join(', ')}`),
      ),
    );
    expect(quoted).toEqual(['widespread-fault says-when: team is working on']);
    const saysWhen = BUILTIN_CHECKS.filter((c) => c.id === 'says-when');
    const vague = (draft: string) => checkReply(draft, [saysWhen[0]!.topic], saysWhen)[0]!.evidence.map((e) => e.text);
    expect(vague("We're on it.")).toEqual(["We're on it"]);
    expect(vague("On it! I'll update you as soon as I hear.")).toContain('On it');
    expect(vague("I'm on it and will update you.")).toEqual(["I'm on it"]);
    // Said of someone (a review, 2026-12-03): not of a thing that is on it, or works on a device.
    for (const draft of ['The team is working on it.', "We're already on it.", 'Our engineers are currently on it.', 'Our developers are working hard on it.', 'We are working on your booking.', 'The team is on it.', 'Our engineers are working on your issue.', 'My colleague is on it.', 'Our billing department is on it.', 'Our specialists are on it.', 'Our manager is on it.', "We're working hard on it.", 'Our developers have been working on it.', "We've been working on your refund.", 'Our engineers will be working on it.', 'Our technicians have been on it all morning.']) {
      expect(vague(draft), draft).not.toEqual([]);
    }
    for (const draft of ['Your name and the address are on it.', "What's on it?", 'We checked and the address is on it.', 'I can confirm your name is on it.', "I checked and it's working on Chrome.", 'We work on Saturdays too.', 'The discount code is working on your account now.', "It's working on the website again.", "I'll keep an eye on it until it arrives.", "I'll check on it for you."]) {
      expect(vague(draft), draft).toEqual([]);
    }
  });

  it('offers under a missing acknowledgement a phrase that admits no fault and keeps every check, on hard news and on an accusation', () => {
    const acknowledges = BUILTIN_CHECKS.find((c) => c.id === 'acknowledges-first')!;
    const tickets = [
      "My wife died in March and I'd like to cancel her gym membership. What do you need from me?",
      'Your driver said I must have broken the lamp myself. I did not, and I am not a liar. I feel humiliated.',
    ];
    for (const ticket of tickets) {
      const { topics, lessons, suggested } = forTicket(ticket);
      const draft = 'Thank you for your email about the account.';
      const result = checkReply(draft, topics, [acknowledges], lessons)[0];
      expect(result?.ok, ticket).toBe(false);
      const phrase = betterPhrase(acknowledges, suggested, VOCABULARY, lessonById, draft);
      expect(phrase, ticket).toBeTypeOf('string');
      expect(phrase, ticket).not.toMatch(/\b(?:we|I) (?:caused|let it|got it wrong)|\bour (?:fault|mistake)|\bsorry (?:we|that we)\b/i);
      for (const text of [filledBlanks(phrase!), phrase!]) {
        const faulty = checkReply(text, TOPIC_IDS, BUILTIN_CHECKS).filter((r) => breaks(r) && !(text === phrase && r.id === 'no-placeholders'));
        expect(faulty.map((r) => `${r.id}: ${r.evidence[0]?.text}`), text).toEqual([]);
      }
    }
  });

  it('gives each lesson of waiting for news a phrase that says when, and none that says "soon" instead', () => {
    const saysWhen = BUILTIN_CHECKS.find((c) => c.id === 'says-when')!;
    const waiting = BUILTIN_LESSONS.filter((l) => l.topics.includes(saysWhen.topic));
    expect(waiting.map((l) => l.id)).toEqual(expect.arrayContaining(['where-is-it', 'hours-on-hold']));
    for (const lesson of waiting) {
      const results = lesson.phrases.map((p) => checkReply(filledBlanks(p), [saysWhen.topic], [saysWhen])[0]!);
      expect(results.some((r) => r.ok), `${lesson.id}: ${lesson.phrases.join(' | ')}`).toBe(true);
      const vague = results.filter((r) => !r.ok).flatMap((r) => r.evidence.map((e) => e.text)).filter((t) => /\b(?:soon|shortly|asap|due course|some point)\b/i.test(t));
      expect(vague, lesson.id).toEqual([]);
    }
  });
});

describe('a blank the lessons write, left in a draft', () => {
  const blanks = BUILTIN_CHECKS.find((c) => c.id === 'no-placeholders')!;
  const BLANK = /\[[^\]]+\]/g;
  const flags = (vocabulary: typeof VOCABULARY, draft: string) => checkReplyWith(vocabulary, draft, [], [blanks])[0]?.ok === false;

  it('is flagged for every blank of every phrase, the phrase’s other blanks filled in', () => {
    const inUse = withSlots(VOCABULARY, BUILTIN_LESSONS);
    const missed = BUILTIN_LESSONS.flatMap((l) =>
      l.phrases.flatMap((phrase) =>
        [...phrase.matchAll(BLANK)].map((blank) => {
          const at = blank.index;
          const draft = `Hi Dana,\n\n${filledBlanks(phrase.slice(0, at))}${blank[0]}${filledBlanks(phrase.slice(at + blank[0].length))}\n\nBest,\nSam`;
          return flags(inUse, draft) ? null : `${l.id}: ${blank[0]}`;
        }),
      ),
    ).filter(Boolean);
    expect(missed, missed.join('\n')).toEqual([]);
  });

  it("is no blank where the draft shows its words as something else: a link's text, a field, our own words quoted", () => {
    const inUse = withSlots(VOCABULARY, BUILTIN_LESSONS);
    for (const draft of ['Please read [the policy](https://shop.example.com/returns) for details.', 'Type your order number into the [Order] field and press Enter.', "Our email said 'Your [delivery method] is booked' by mistake."]) {
      expect(flags(inUse, draft), draft).toBe(false);
    }
    expect(flags(inUse, "I've [what you did about the charges]. The refund is on its way.")).toBe(true);
    // Nor is a pack's label a blank of its: "[Settings]", "[Security]" in its own "go to [Settings] > [Security]".
    const pack = [{ phrases: ['Go to [Settings] > [Security], press [Reset password], or read [our guide](https://help.example.com).'] }];
    const slots = withSlots(VOCABULARY, [...BUILTIN_LESSONS, ...pack]).slots ?? [];
    expect(['settings', 'security', 'reset password', 'our guide'].filter((label) => slots.includes(label))).toEqual([]);
  });

  it("is flagged for an installed pack's own blank, in words the rules alone read as a note", () => {
    const pack = [{ phrases: ['The fitter has changed the [part the fitter replaced] and it works again.', 'We will ring you [when].'] }];
    const draft = 'Sorry about the boiler. The fitter has changed the [part the fitter replaced] and it works again. We will ring you [when].';
    expect(flags(VOCABULARY, draft)).toBe(false);
    const result = checkReplyWith(withSlots(VOCABULARY, [...BUILTIN_LESSONS, ...pack]), draft, [], [blanks])[0]!;
    expect(result.ok).toBe(false);
    expect(result.evidence.map((e) => e.text)).toEqual(['[part the fitter replaced]', '[when]']);
    // A blank of up to 60 characters, which a pack stored before the pack check held blanks to that length may hold.
    const long = [{ phrases: ["I'll send it [the tracking number the courier gave you by email] today."] }];
    const left = "I'll send it [the tracking number the courier gave you by email] today.";
    expect(checkReplyWith(withSlots(VOCABULARY, [...BUILTIN_LESSONS, ...long]), left, [], [blanks])[0]!.ok).toBe(false);
  });

  it('leaves asides, notes and labels passing, and a blank the reply talks about', () => {
    const inUse = withSlots(VOCABULARY, BUILTIN_LESSONS);
    for (const draft of [
      'Your guide, Tomasz [he knows the old town], meets you at the fountain.',
      'Leave the keys with reception [they close at nine] if you arrive early.',
      'Meet us at the north gate [opposite the Red Lion pub] at noon.',
      'Day 2: boat trip on the lake [included in your ticket]. Day 3: free day.',
      'Tap the [New] badge in the corner to see what changed.',
      'In the template, type [date] where the delivery day should go.',
      'The card will read as you wrote it: "To Mum [always with us], from all of us."',
    ]) expect(flags(inUse, draft), draft).toBe(false);
  });
});

describe('which checks run', () => {
  it('runs the checks of the suggested topics and the universal ones', () => {
    const ids = (topics: Parameters<typeof checksFor>[0]) => checksFor(topics, BUILTIN_CHECKS).map((c) => c.id);
    const universal = BUILTIN_CHECKS.filter((c) => c.universal).map((c) => c.id);
    expect(universal).toEqual(expect.arrayContaining(['no-placeholders', 'stays-calm']));
    expect(ids([])).toEqual(universal);
    expect(ids(['keep-informed'])).toContain('says-when');
    expect(ids(['keep-informed'])).not.toContain('gives-steps');
    expect(ids(TOPIC_IDS).length).toBe(BUILTIN_CHECKS.length);
  });
});

describe('any draft', () => {
  it('is checked without throwing, with evidence that quotes the draft, whatever it holds', () => {
    const odd = ['constructor toString __proto__ hasOwnProperty', "won't can't y'all ''' '' 's", '> quoted\n>> more', '1) 2) 3)', '[] {} <> %% {{}}', 'A'.repeat(5000), '\u0000\uFFFD😀 ПОЖАЛУЙСТА'];
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...odd), fc.string({ maxLength: 400 }), fc.lorem({ maxCount: 60 })), (draft) => {
        for (const r of checkReply(draft, TOPIC_IDS, BUILTIN_CHECKS)) {
          for (const e of r.evidence) expect(draft.slice(e.start, e.end)).toBe(e.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
