/** The session: who is signed in (from /auth/me), with sign-in and sign-out, shared through React context. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { signIn as apiSignIn, signOut as apiSignOut, currentUser } from "../api/auth.ts";
import type { Me, User } from "../api/client.ts";

/** An office the signed-in user works for. */
export type StaffOffice = Me["offices"][number];

/** The session as the pages see it. */
export interface SessionState {
  /** "error": the API could not say who is signed in (not a refusal: the network or the server failed). */
  status: "loading" | "ready" | "error";
  user: User | null;
  /** The network offices the user works for (their staff tools). */
  offices: StaffOffice[];
  signIn(email: string, password: string): Promise<User>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** Waits before each retry of /auth/me after a failure that is not an answer (network, busy server). */
const RETRY_MS = [300, 1000, 2000];

/**
 * Asks /auth/me who is signed in; a 401 means nobody (null). Any other failure is retried a few times, since
 * telling a signed-in user to sign in because one request failed would be wrong; then it rejects.
 */
async function whoIsSignedIn(signal: AbortSignal): Promise<Me | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await currentUser(signal);
    } catch (error) {
      const wait = RETRY_MS[attempt];
      if (signal.aborted || wait === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Provides the session to the app; asks the API who is signed in once on start. */
export function SessionProvider({
  children,
  initialUser,
}: {
  children: ReactNode;
  initialUser?: User | null;
}) {
  const [user, setUser] = useState<User | null>(initialUser ?? null);
  const [offices, setOffices] = useState<StaffOffice[]>([]);
  const [status, setStatus] = useState<SessionState["status"]>(
    initialUser === undefined ? "loading" : "ready",
  );

  useEffect(() => {
    if (initialUser !== undefined) return;
    const controller = new AbortController();
    whoIsSignedIn(controller.signal).then(
      (me) => {
        setUser(me);
        setOffices(me?.offices ?? []);
        setStatus("ready");
      },
      () => {
        if (!controller.signal.aborted) setStatus("error");
      },
    );
    return () => controller.abort();
  }, [initialUser]);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await apiSignIn(email, password);
    setUser(session.user);
    // The offices come with /auth/me; a failure there leaves the user signed in without office tools.
    const me = await currentUser().catch(() => null);
    setOffices(me?.offices ?? []);
    return session.user;
  }, []);
  const signOut = useCallback(async () => {
    await apiSignOut();
    setUser(null);
    setOffices([]);
  }, []);

  const value = useMemo(
    () => ({ status, user, offices, signIn, signOut }),
    [status, user, offices, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session; outside a provider, nobody is signed in. */
export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (session) return session;
  return {
    status: "ready",
    user: null,
    offices: [],
    signIn: () => Promise.reject(new Error("no session provider")),
    signOut: () => Promise.resolve(),
  };
}
