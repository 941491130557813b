import { useMutation } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { messageOf } from "@/api/problem";
import { Button, ButtonAnchor } from "@/components/button";
import { Banner } from "@/components/states";
import { LOGIN_URL, resendVerificationMail } from "../api/auth-api";
import { AuthPage, authStyles } from "./auth-page";

/** After signing up: the address has to be verified by the link in the mail before the first login. */
export function CheckEmailPage() {
  const [params] = useSearchParams();
  const email = params.get("email") ?? "";
  const resend = useMutation({ mutationFn: () => resendVerificationMail(email) });
  return (
    <AuthPage title="Check your email">
      <p className={authStyles.muted}>
        We sent a link to <strong>{email || "your address"}</strong>. Follow it to verify your address, then log in.
      </p>
      {resend.isSuccess ? <Banner tone="notice">We sent the mail again.</Banner> : null}
      {resend.isError ? <Banner>{messageOf(resend.error)}</Banner> : null}
      <ButtonAnchor href={LOGIN_URL} wide>
        I verified my address: log in
      </ButtonAnchor>
      {email ? (
        <Button variant="secondary" wide onClick={() => resend.mutate()} disabled={resend.isPending}>
          {resend.isPending ? "Sending…" : "Send the mail again"}
        </Button>
      ) : null}
    </AuthPage>
  );
}
