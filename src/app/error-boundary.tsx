import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** What broke, for the heading: "The claim matrix". */
  label?: string;
}

interface State {
  error: Error | null;
}

/** Catches a crash in the views below it and shows what happened with a way back, never a white page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console to report the bug; the page itself stays usable.
    console.warn('A view crashed:', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="m-4 rounded-lg border border-red-300 bg-red-50 p-4 text-red-950">
        <h2 className="text-lg font-semibold">
          {this.props.label ?? 'The dashboard'} stopped working
        </h2>
        <p className="mt-1">
          Something in this view failed: <span className="font-mono text-sm">{error.message}</span>
        </p>
        <button
          type="button"
          className="mt-3 rounded-md bg-red-800 px-3 py-1.5 text-white hover:bg-red-900"
          onClick={() => this.setState({ error: null })}
        >
          Try again
        </button>
      </div>
    );
  }
}
