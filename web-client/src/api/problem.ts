/** An RFC 9457 problem, as every Fakebook error is answered (docs/problems.md). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export interface FieldError {
  field: string;
  message: string;
}

/** What a failed call throws: the server's problem, or one made up when the answer was not a problem. */
export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.name = "ApiError";
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The problem's `type` without its prefix, e.g. `profile-changed`. */
  get kind(): string {
    return this.problem.type.replace("urn:problem-type:fakebook:", "");
  }

  /** The first message for a field, e.g. `password`. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((error) => error.field === field)?.message;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && "status" in value && "title" in value;
}

export async function problemOf(response: Response): Promise<Problem> {
  const body: unknown = await response.json().catch(() => undefined);
  if (isProblem(body)) {
    return { ...body, type: body.type ?? "about:blank" };
  }
  return {
    type: "about:blank",
    title: response.statusText || "Error",
    status: response.status,
    detail:
      response.status >= 500
        ? "Fakebook is not answering right now. Please try again in a moment."
        : "Something went wrong.",
  };
}

/** A short sentence for a person, from whatever a call threw. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    return error.problem.detail ?? error.problem.title;
  }
  if (error instanceof TypeError) {
    return "Can't reach Fakebook. Check your connection and try again.";
  }
  return "Something went wrong. Please try again.";
}
