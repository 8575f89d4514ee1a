import { asApi } from './_lib/asApi.js';
import { Charts } from './chart.js';
import { HtmlService } from './html.js';
import { LockService } from './lock.js';
import { Logger } from './logger.js';
import { MailApp } from './mailApp.js';
import { PropertiesService } from './properties.js';
import { ScriptApp } from './scriptApp.js';
import { Session } from './session.js';
import { SpreadsheetApp } from './spreadsheetApp.js';
import { Utilities } from './utilities.js';
import type { World } from './world.js';

/** The Apps Script globals the emulator provides, typed as in @types/google-apps-script. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  LockService: GoogleAppsScript.Lock.LockService;
  Session: GoogleAppsScript.Base.Session;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  ScriptApp: GoogleAppsScript.Script.ScriptApp;
  Charts: GoogleAppsScript.Charts.Charts;
  Logger: GoogleAppsScript.Base.Logger;
  MailApp: GoogleAppsScript.Mail.MailApp;
}

/** One instance of each global service over a world. */
export function createGlobals(world: World): AppsScriptGlobals {
  return {
    SpreadsheetApp: asApi(new SpreadsheetApp(world)),
    HtmlService: asApi(new HtmlService(world)),
    PropertiesService: asApi(new PropertiesService(world)),
    LockService: asApi(new LockService(world)),
    Session: asApi(new Session(world)),
    Utilities: asApi(new Utilities(world)),
    ScriptApp: asApi(new ScriptApp(world)),
    Charts: asApi(new Charts(world)),
    Logger: asApi(new Logger(world)),
    MailApp: asApi(new MailApp(world)),
  };
}
