import { asApi } from './_lib/asApi.js';
import { instrument } from './callLog.js';
import { Service } from './service.js';
import type { World } from './world.js';

export type SessionApi = Pick<
  GoogleAppsScript.Base.Session,
  | 'getActiveUser'
  | 'getActiveUserLocale'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey'
>;

/** `Session.getActiveUser()`: the e-mail is `''` unless configured, as for most add-on users. */
export class User extends Service implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    world: World,
    readonly email: string,
  ) {
    super(world);
  }

  getEmail(): string {
    return this.email;
  }
}

/** The `Session` global. */
export class Session extends Service implements SessionApi {
  getActiveUser(): GoogleAppsScript.Base.User {
    return asApi(new User(this.world, this.world.userEmail));
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    return asApi(new User(this.world, this.world.effectiveUserEmail));
  }
  getActiveUserLocale(): string {
    return this.world.userLocale;
  }
  getScriptTimeZone(): string {
    return this.world.scriptTimeZone;
  }
  getTemporaryActiveUserKey(): string {
    return 'emulated-temporary-user-key';
  }
}

instrument(User, 'User');
instrument(Session, 'Session');
