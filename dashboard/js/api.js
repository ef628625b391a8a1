// The one way to the API: POST /graphql on this origin, with the session's token.
// The token arrives once in the address fragment (#token=…), moves to sessionStorage and leaves the URL.
const key = 'hubToken';
const fromFragment = /(?:^|[#&])token=([^&]+)/.exec(location.hash);
if (fromFragment) {
  sessionStorage.setItem(key, decodeURIComponent(fromFragment[1]));
  history.replaceState(history.state, '', location.pathname + location.search);
}

export const getToken = () => sessionStorage.getItem(key);
export const setToken = (t) => sessionStorage.setItem(key, t);

/** Raised when the gateway refuses the token (absent, expired, forged): the page asks for a new one. */
export class AuthError extends Error {}

const authListeners = [];
export const onAuthNeeded = (fn) => authListeners.push(fn);

/** Resolves to { data, errors }; rejects with AuthError on 401 and Error when the hub is unreachable. */
export async function gql(query, variables) {
  const headers = { 'content-type': 'application/json' };
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  if (res.status === 401) {
    const err = new AuthError('Token không hợp lệ hoặc đã hết hạn.');
    authListeners.forEach((fn) => fn(err));
    throw err;
  }
  let body;
  try {
    body = await res.json();
  } catch {
    throw new Error(`Máy chủ trả lời không hợp lệ (HTTP ${res.status}).`);
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
