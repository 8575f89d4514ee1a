import { instrument } from './callLog.js';
import { AuthMode } from './enums.js';
import { Service } from './service.js';

export type ScriptAppApi = Pick<GoogleAppsScript.Script.ScriptApp, 'AuthMode' | 'getScriptId'>;

/** The `ScriptApp` global: its `AuthMode` enum (compare `e.authMode` with it) and the script id. */
export class ScriptApp extends Service implements ScriptAppApi {
  readonly AuthMode = AuthMode;

  getScriptId(): string {
    return 'emulated-script-id';
  }
}

instrument(ScriptApp, 'ScriptApp');
