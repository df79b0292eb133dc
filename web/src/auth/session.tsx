/** The session: who is signed in (from /auth/me), with sign-in and sign-out, shared through React context. */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { signIn as apiSignIn, signOut as apiSignOut, currentUser } from "../api/auth.ts";
import type { Me, User } from "../api/client.ts";

/** An office the signed-in user works for. */
export type StaffOffice = Me["offices"][number];

/** The session as the pages see it. */
export interface SessionState {
  status: "loading" | "ready";
  user: User | null;
  /** The network offices the user works for (their staff tools). */
  offices: StaffOffice[];
  signIn(email: string, password: string): Promise<User>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

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
  const [status, setStatus] = useState<"loading" | "ready">(initialUser === undefined ? "loading" : "ready");

  useEffect(() => {
    if (initialUser !== undefined) return;
    const controller = new AbortController();
    currentUser(controller.signal).then(
      (me) => {
        setUser(me);
        setOffices(me?.offices ?? []);
        setStatus("ready");
      },
      () => {
        if (!controller.signal.aborted) setStatus("ready");
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
