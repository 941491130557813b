import type { ButtonHTMLAttributes } from "react";
import { Link, type LinkProps } from "react-router";
import styles from "./button.module.css";

type Variant = "primary" | "secondary" | "danger" | "ghost";

interface Look {
  variant?: Variant;
  small?: boolean;
  wide?: boolean;
}

function classes({ variant = "primary", small = false, wide = false }: Look, extra?: string): string {
  return [styles.button, styles[variant], small && styles.small, wide && styles.wide, extra]
    .filter(Boolean)
    .join(" ");
}

export function Button({
  variant,
  small,
  wide,
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & Look) {
  return <button type={type} className={classes({ variant, small, wide }, className)} {...props} />;
}

export function ButtonLink({ variant, small, wide, className, ...props }: LinkProps & Look) {
  return <Link className={classes({ variant, small, wide }, className)} {...props} />;
}

/** A plain link styled as a button, for addresses outside the client (the login, Keycloak). */
export function ButtonAnchor({
  variant,
  small,
  wide,
  className,
  ...props
}: React.AnchorHTMLAttributes<HTMLAnchorElement> & Look) {
  return <a className={classes({ variant, small, wide }, className)} {...props} />;
}
