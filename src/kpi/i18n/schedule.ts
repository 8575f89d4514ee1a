import type { ScheduleFieldError, ScheduleForm } from '../schedule/scheduleProtocol';
import { MAX_RECIPIENTS } from '../schedule/scheduleSettings';
import type { ScheduleStatus } from '../schedule/scheduleStatus';
import { defineMessages } from './defineMessages';

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const RU_DAYS = ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'];

/** Every word of the sidebar's Schedule section and of a scheduled run's status, English and Russian. */
export const scheduleMessages = defineMessages({
  en: {
    title: 'Schedule',
    enabled: 'Rebuild the report and e-mail it on a schedule',
    frequency: 'How often',
    daily: 'Every day',
    weekly: 'Every week',
    weekday: 'Day',
    weekdays: EN_DAYS,
    hour: 'Time',
    hourHint: (timeZone: string) =>
      `In the spreadsheet's time zone (${timeZone}); Google runs it within that hour.`,
    mode: 'Send',
    always: 'A digest every time',
    alerts: 'Only alerts: a KPI slips to ⚠ or ✗, or passes 50/90/100 % of its target',
    recipients: 'To',
    recipientsHint: (me: string) =>
      me === ''
        ? 'E-mail addresses, separated by commas.'
        : `E-mail addresses, separated by commas. Empty: ${me}.`,
    save: 'Save schedule',
    saving: 'Saving the schedule…',
    on: (form: ScheduleForm) =>
      `On: ${form.frequency === 'daily' ? 'every day' : `every ${EN_DAYS[form.weekday - 1]}`} at ${hh(form.hour)}.`,
    off: 'Off: the report is rebuilt only when you build it.',
    savedOn: 'Schedule saved.',
    savedOff: 'Schedule turned off.',
    neverRun: 'It has not run yet.',
    lastRun: (when: string, status: ScheduleStatus) => `Last run ${when}: ${enOutcome(status)}`,
    outcome: enOutcome,
    authorizationNeeded:
      'The add-on needs your permission to run on a schedule and send mail: allow it on Google’s page, or run Extensions → Sales KPI → Build KPI report and allow it there.',
    authorize: 'Give permission',
    busy: 'Someone is saving or building the report right now. Try again in a moment.',
    failed: (reason: string) => `The schedule could not be saved: ${reason}`,
    error: (e: ScheduleFieldError, me: string): string => {
      switch (e.code) {
        case 'no_recipient':
          return me === ''
            ? 'Type at least one e-mail address: Google does not tell the add-on yours.'
            : 'Type at least one e-mail address.';
        case 'bad_address':
          return `"${e.value ?? ''}" is not an e-mail address.`;
        case 'too_many':
          return `At most ${MAX_RECIPIENTS} addresses (${e.value ?? ''} typed).`;
        case 'bad_choice':
          return 'Choose one of the options.';
      }
    },
  },
  ru: {
    title: 'Расписание',
    enabled: 'Обновлять отчёт и присылать его по расписанию',
    frequency: 'Как часто',
    daily: 'Каждый день',
    weekly: 'Каждую неделю',
    weekday: 'День',
    weekdays: RU_DAYS,
    hour: 'Время',
    hourHint: (timeZone: string) =>
      `По часовому поясу таблицы (${timeZone}); Google запускает в течение этого часа.`,
    mode: 'Присылать',
    always: 'Сводку каждый раз',
    alerts: 'Только тревоги: KPI перешёл в ⚠ или ✗ или прошёл 50/90/100 % плана',
    recipients: 'Кому',
    recipientsHint: (me: string) =>
      me === '' ? 'Адреса e-mail через запятую.' : `Адреса e-mail через запятую. Пусто — ${me}.`,
    save: 'Сохранить расписание',
    saving: 'Сохраняю расписание…',
    on: (form: ScheduleForm) =>
      `Включено: ${form.frequency === 'daily' ? 'каждый день' : `еженедельно, ${RU_DAYS[form.weekday - 1]}`} в ${hh(form.hour)}.`,
    off: 'Выключено: отчёт обновляется, только когда вы его строите.',
    savedOn: 'Расписание сохранено.',
    savedOff: 'Расписание выключено.',
    neverRun: 'Ещё не запускалось.',
    lastRun: (when: string, status: ScheduleStatus) => `Последний запуск ${when}: ${ruOutcome(status)}`,
    outcome: ruOutcome,
    authorizationNeeded:
      'Дополнению нужно ваше разрешение, чтобы работать по расписанию и отправлять письма: дайте его на странице Google или запустите Расширения → Sales KPI → Построить отчёт KPI и разрешите там.',
    authorize: 'Дать разрешение',
    busy: 'Сейчас кто-то сохраняет или строит отчёт. Попробуйте через минуту.',
    failed: (reason: string) => `Не удалось сохранить расписание: ${reason}`,
    error: (e: ScheduleFieldError, me: string): string => {
      switch (e.code) {
        case 'no_recipient':
          return me === ''
            ? 'Укажите хотя бы один адрес e-mail: Google не сообщает дополнению ваш.'
            : 'Укажите хотя бы один адрес e-mail.';
        case 'bad_address':
          return `«${e.value ?? ''}» — не адрес e-mail.`;
        case 'too_many':
          return `Не больше ${MAX_RECIPIENTS} адресов (указано ${e.value ?? ''}).`;
        case 'bad_choice':
          return 'Выберите один из вариантов.';
      }
    },
  },
});

function enOutcome(s: ScheduleStatus): string {
  switch (s.outcome) {
    case 'sent':
      return `✓ report rebuilt, e-mail sent to ${s.recipients} ${s.recipients === 1 ? 'address' : 'addresses'}.`;
    case 'no_alert':
      return '✓ report rebuilt; nothing changed enough for an alert.';
    case 'quota':
      return "⚠ report rebuilt, but no e-mail: today's Google mail quota is spent. The next run tries again.";
    case 'build_failed':
      return `✗ the report could not be built: ${s.detail ?? ''}`.trim();
    case 'mail_failed':
      return `✗ report rebuilt, but the e-mail could not be sent: ${s.detail ?? ''}`.trim();
    case 'busy':
      return '⚠ skipped: someone was saving or building at that moment. The next run tries again.';
    case 'settings_gone':
      return '✗ stopped: its settings were removed, so the schedule was turned off.';
    case 'authorization':
      return '✗ not run: the add-on needs your permission again.';
  }
}

function ruOutcome(s: ScheduleStatus): string {
  switch (s.outcome) {
    case 'sent':
      return `✓ отчёт обновлён, письмо отправлено (адресов: ${s.recipients}).`;
    case 'no_alert':
      return '✓ отчёт обновлён; поводов для тревоги нет.';
    case 'quota':
      return '⚠ отчёт обновлён, но письмо не отправлено: дневной лимит писем Google исчерпан. Следующий запуск попробует снова.';
    case 'build_failed':
      return `✗ отчёт не удалось построить: ${s.detail ?? ''}`.trim();
    case 'mail_failed':
      return `✗ отчёт обновлён, но письмо не отправилось: ${s.detail ?? ''}`.trim();
    case 'busy':
      return '⚠ пропущен: в этот момент кто-то сохранял или строил отчёт. Следующий запуск попробует снова.';
    case 'settings_gone':
      return '✗ остановлено: настройки расписания удалены, расписание выключено.';
    case 'authorization':
      return '✗ не запускалось: дополнению снова нужно ваше разрешение.';
  }
}

/** A time-driven trigger as the playground's Outbox shows it (no words of the emulator reach the user). */
export interface OutboxTriggerWords {
  kind: 'days' | 'weeks' | 'other';
  /** ISO weekday, 1 = Monday (weekly). */
  weekday: number;
  hour: number;
  timeZone: string;
  /** `2026-12-14 09:00`, or null. */
  next: string | null;
}

/** The playground's Outbox (npm start): its panel, buttons and lines, English and Russian. */
export const outboxMessages = defineMessages({
  en: {
    outbox: (n: number | null) => (n === null ? 'Outbox' : `Outbox (${n})`),
    close: 'Close outbox',
    clock: (when: string, timeZone: string) => `Clock: ${when} (${timeZone})`,
    runNow: 'Run schedule now',
    plusDay: '+1 day',
    plusWeek: '+1 week',
    noSchedule:
      'No schedule: turn it on in the sidebar (Extensions → Sales KPI → Set targets…, section Schedule).',
    trigger: (t: OutboxTriggerWords) =>
      `${t.kind === 'days' ? 'Every day' : t.kind === 'weeks' ? `Every ${EN_DAYS[t.weekday - 1]}` : 'Scheduled'} at ${hh(t.hour)} (${t.timeZone})${t.next === null ? '' : `; next run ${t.next}`}`,
    lastFailed: (error: string) => `Last failed run: ${error}`,
    sent: (n: number, quota: number) => `${n} sent · mail quota left today: ${quota}`,
    mail: 'E-mail',
  },
  ru: {
    outbox: (n: number | null) => (n === null ? 'Исходящие' : `Исходящие (${n})`),
    close: 'Закрыть исходящие',
    clock: (when: string, timeZone: string) => `Часы: ${when} (${timeZone})`,
    runNow: 'Запустить расписание сейчас',
    plusDay: '+1 день',
    plusWeek: '+1 неделя',
    noSchedule:
      'Расписания нет: включите его в боковой панели (Расширения → Sales KPI → Задать цели…, раздел «Расписание»).',
    trigger: (t: OutboxTriggerWords) =>
      `${t.kind === 'days' ? 'Каждый день' : t.kind === 'weeks' ? `Еженедельно, ${RU_DAYS[t.weekday - 1]}` : 'По расписанию'} в ${hh(t.hour)} (${t.timeZone})${t.next === null ? '' : `; следующий запуск ${t.next}`}`,
    lastFailed: (error: string) => `Последний запуск с ошибкой: ${error}`,
    sent: (n: number, quota: number) => `Отправлено: ${n} · осталось писем на сегодня: ${quota}`,
    mail: 'Письмо',
  },
});
