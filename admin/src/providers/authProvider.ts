import type { AuthProvider } from 'react-admin';
import { LoginDocument, LogoutDocument, MeDocument, type MeQuery } from '../graphql/graphql';
import { currentLocale, i18nProvider } from '../i18n/i18nProvider';
import { buildAbility, canAccess, type AppAbility } from './ability';
import { isApiError, request } from './graphqlClient';
import { clearSession, currentToken, saveSession } from './session';

export const CHANGE_PASSWORD_PATH = '/change-password';

interface Me {
  user: MeQuery['me'];
  ability: AppAbility;
}

let me: Promise<Me> | null = null;

export const forgetMe = () => {
  me = null;
};

/** The signed-in user and their ability, loaded once per session. */
function loadMe(): Promise<Me> {
  if (!me) {
    me = request(MeDocument, {}).then(({ me: user }) => ({ user, ability: buildAbility(user.rules) }));
    me.catch(forgetMe);
  }
  return me;
}

const lockedError = (until: string) =>
  new Error(
    i18nProvider.translate('gridgov.auth.locked_until', {
      until: new Date(until).toLocaleString(currentLocale() === 'zh' ? 'zh-CN' : 'en'),
    }),
  );

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    forgetMe();
    const { login } = await request(LoginDocument, { username, password }).catch((error: unknown) => {
      throw isApiError(error, 'ACCOUNT_LOCKED') && error.body.until ? lockedError(error.body.until) : error;
    });
    saveSession(login.token, login.expiresAt);
    return login.user.mustChangePassword ? { redirectTo: CHANGE_PASSWORD_PATH } : undefined;
  },

  async logout() {
    if (currentToken()) await request(LogoutDocument, {}).catch(() => undefined);
    clearSession();
    forgetMe();
  },

  async checkAuth() {
    if (!currentToken()) throw new Error('ra.auth.auth_check_error');
  },

  async checkError(error: unknown) {
    if (isApiError(error, 'UNAUTHENTICATED')) {
      clearSession();
      forgetMe();
      throw error;
    }
    if (isApiError(error, 'PASSWORD_CHANGE_REQUIRED')) {
      throw { redirectTo: CHANGE_PASSWORD_PATH, logoutUser: false, message: false };
    }
  },

  async getIdentity() {
    const { user } = await loadMe();
    return {
      id: user.id,
      fullName: user.name,
      username: user.username,
      orgId: user.org?.id,
      orgName: user.org?.name,
      mustChangePassword: user.mustChangePassword,
    };
  },

  async canAccess({ action, resource }) {
    const { ability } = await loadMe();
    return canAccess(ability, action, resource);
  },
};
