import { lazy, Suspense, type ReactNode } from "react";
import { Navigate, Route, Routes } from "react-router";
import { ButtonLink } from "@/components/button";
import { Empty, Failed, Loading } from "@/components/states";
import { CheckEmailPage } from "@/features/auth/components/check-email-page";
import { SignUpPage } from "@/features/auth/components/sign-up-page";
import { WelcomePage } from "@/features/auth/components/welcome-page";
import { useCurrentAccount } from "@/features/auth/hooks/use-current-account";
import { FriendsPage } from "@/features/friends/components/friends-page";
import { HomePage } from "./pages/home-page";
import { MyProfilePage } from "./pages/my-profile-page";
import { PersonPage } from "./pages/person-page";
import { SearchPage } from "@/features/search/components/search-page";
import { SettingsPage } from "./pages/settings-page";
import { Shell } from "./shell";

// Chat and the feed are loaded when first opened, so the first page a person sees loads less.
const MessagesPage = lazy(() => import("./pages/messages-page"));
const NewGroupPage = lazy(() => import("./pages/messages-page").then((module) => ({ default: module.NewGroupPage })));
const NotificationsPage = lazy(() => import("./pages/notifications-page"));

function Later({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}

/** Who is logged in decides the screens: the gateway's session answers /api/auth/me, or 401. */
export function AppRoutes() {
  const account = useCurrentAccount();
  if (account.isPending) {
    return <Loading label="Opening Fakebook…" />;
  }
  if (account.isError) {
    return <Failed error={account.error} retry={() => account.refetch()} />;
  }
  if (!account.data) {
    return (
      <Routes>
        <Route path="/signup" element={<SignUpPage />} />
        <Route path="/signup/check-email" element={<CheckEmailPage />} />
        <Route path="*" element={<WelcomePage />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<HomePage />} />
        <Route path="profile" element={<MyProfilePage />} />
        <Route path="people/:userId" element={<PersonPage />} />
        <Route path="search" element={<SearchPage />} />
        <Route path="friends/*" element={<FriendsPage />} />
        <Route path="messages" element={<Later><MessagesPage /></Later>} />
        <Route path="messages/new-group" element={<Later><NewGroupPage /></Later>} />
        <Route path="messages/:conversationId" element={<Later><MessagesPage /></Later>} />
        <Route path="notifications" element={<Later><NotificationsPage /></Later>} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="signup/*" element={<Navigate to="/" replace />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}

function NotFound() {
  return (
    <Empty title="This page isn't available">
      <p>The link may be broken, or the page may have moved.</p>
      <ButtonLink to="/" variant="secondary" small>
        Go to your home page
      </ButtonLink>
    </Empty>
  );
}
