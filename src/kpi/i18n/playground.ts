import { defineMessages } from './defineMessages';

/** The playground's own controls (npm start), in the spreadsheet's language: menus, buttons, labels, messages. */
export const playgroundMessages = defineMessages({
  en: {
    pageTitle: (name: string) => `${name} — Sales KPI playground`,
    extensions: 'Extensions',
    download: 'Download .xlsx',
    badge: 'offline playground',
    badgeTitle: "Everything runs locally: the add-on's dist/Code.js in the Apps Script emulator",
    menu: 'Menu',
    selectedCell: 'Selected cell',
    formulaBar: 'Formula bar',
    closeSidebar: 'Close sidebar',
    sidebarFrame: 'Add-on sidebar',
    sheets: 'Sheets',
    noAddonMenu: 'No add-on menu (onOpen added none)',
    moreRows: (more: string, shown: string) =>
      `${more} more rows not shown (the playground draws the first ${shown}; the add-on and the download see them all)`,
    unsupported: 'unsupported formula',
    scriptError: 'Script error',
    cannotLoad: 'The playground cannot load the workbook',
    ok: 'OK',
    editFailed: (reason: string) => `The cell was not changed: ${reason}`,
    /** A question the emulator answered with its first button (Apps Script's Button name). */
    answered: (button: string) =>
      `The playground answered: ${
        new Map([
          ['YES', 'Yes'],
          ['NO', 'No'],
          ['CANCEL', 'Cancel'],
        ]).get(button) ?? button
      }.`,
  },
  ru: {
    pageTitle: (name: string) => `${name} — песочница Sales KPI`,
    extensions: 'Расширения',
    download: 'Скачать .xlsx',
    badge: 'офлайн-песочница',
    badgeTitle: 'Всё работает на этом компьютере: dist/Code.js дополнения в эмуляторе Apps Script',
    menu: 'Меню',
    selectedCell: 'Выбранная ячейка',
    formulaBar: 'Строка формул',
    closeSidebar: 'Закрыть боковую панель',
    sidebarFrame: 'Боковая панель дополнения',
    sheets: 'Листы',
    noAddonMenu: 'Нет меню дополнения (onOpen его не добавил)',
    moreRows: (more: string, shown: string) =>
      `Ещё ${more} строк не показано (песочница рисует первые ${shown}; дополнение и скачанный файл видят все)`,
    unsupported: 'формула не поддерживается',
    scriptError: 'Ошибка скрипта',
    cannotLoad: 'Песочница не может загрузить таблицу',
    ok: 'ОК',
    editFailed: (reason: string) => `Ячейка не изменена: ${reason}`,
    answered: (button: string) =>
      `Песочница ответила: ${
        new Map([
          ['YES', 'Да'],
          ['NO', 'Нет'],
          ['CANCEL', 'Отмена'],
          ['OK', 'ОК'],
        ]).get(button) ?? button
      }.`,
  },
});
