/** Sign-in, the current session and sign-out, through the typed client. */
import { ApiError, api, type Me, type Session, unwrap } from "./client.ts";

/** Signs in with email and password; the API sets the session and CSRF cookies. */
export async function signIn(email: string, password: string): Promise<Session> {
  return unwrap(await api.POST("/api/v1/auth/sign-in", { body: { email, password } }));
}

/** The signed-in user with their offices, or null when nobody is signed in. */
export async function currentUser(signal?: AbortSignal): Promise<Me | null> {
  try {
    return unwrap(await api.GET("/api/v1/auth/me", { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Ends the session (the API clears both cookies). */
export async function signOut(): Promise<void> {
  const answer = await api.POST("/api/v1/auth/sign-out");
  if (!answer.response.ok && answer.response.status !== 401) unwrap(answer);
}
