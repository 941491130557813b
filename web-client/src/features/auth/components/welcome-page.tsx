import { ButtonAnchor, ButtonLink } from "@/components/button";
import { LOGIN_URL } from "../api/auth-api";
import { AuthPage, authStyles } from "./auth-page";

/** The start page of someone not logged in. */
export function WelcomePage() {
  return (
    <AuthPage title="Welcome to Fakebook">
      <p className={authStyles.muted}>Log in to see your friends, or make an account in a minute.</p>
      <ButtonAnchor href={LOGIN_URL} wide>
        Log in
      </ButtonAnchor>
      <div className={authStyles.divider} />
      <ButtonLink to="/signup" variant="secondary" wide>
        Create new account
      </ButtonLink>
    </AuthPage>
  );
}
