// The app's one button: variants map to the classes in controls.css.
import type { ButtonHTMLAttributes } from "react";

type Variant = "default" | "primary" | "danger" | "ghost";

export function Button({
  variant = "default",
  size = "normal",
  className,
  type = "button",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; size?: "normal" | "small" }) {
  const classes = ["btn"];
  if (variant !== "default") classes.push(`btn--${variant}`);
  if (size === "small") classes.push("btn--small");
  if (className) classes.push(className);
  return <button type={type} className={classes.join(" ")} {...rest} />;
}
