import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { ApiError, messageOf } from "@/api/problem";
import { Button } from "@/components/button";
import { TextField } from "@/components/field";
import { Banner } from "@/components/states";
import { signUp, type Registration } from "../api/auth-api";
import { validateRegistration } from "../registration-rules";
import { AuthPage, authStyles } from "./auth-page";

export function SignUpPage() {
  const navigate = useNavigate();
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof Registration, string>>>({});
  const mutation = useMutation({
    mutationFn: signUp,
    onSuccess: (_, registration) => navigate(`/signup/check-email?email=${encodeURIComponent(registration.email)}`),
  });
  const serverError = mutation.error instanceof ApiError ? mutation.error : undefined;
  const errorOf = (field: keyof Registration) => localErrors[field] ?? serverError?.fieldError(field);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const registration: Registration = {
      displayName: String(data.get("displayName") ?? ""),
      email: String(data.get("email") ?? ""),
      password: String(data.get("password") ?? ""),
    };
    const errors = validateRegistration(registration);
    setLocalErrors(errors);
    if (Object.keys(errors).length === 0) {
      mutation.mutate(registration);
    }
  }

  const generalError = mutation.error && !serverError?.problem.errors?.length ? messageOf(mutation.error) : undefined;
  return (
    <AuthPage title="Create a new account">
      <p className={authStyles.muted}>It's quick and easy.</p>
      <form className={authStyles.form} onSubmit={submit} noValidate aria-label="Sign up">
        {generalError ? <Banner>{generalError}</Banner> : null}
        <TextField label="Your name" name="displayName" autoComplete="name" maxLength={50} required error={errorOf("displayName")} />
        <TextField label="Email" name="email" type="email" autoComplete="email" required error={errorOf("email")} />
        <TextField
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="12 characters or more."
          error={errorOf("password")}
        />
        <Button type="submit" wide disabled={mutation.isPending}>
          {mutation.isPending ? "Signing up…" : "Sign up"}
        </Button>
      </form>
      <p className={`${authStyles.center} ${authStyles.muted}`}>
        Already have an account? <Link to="/">Log in</Link>
      </p>
    </AuthPage>
  );
}
