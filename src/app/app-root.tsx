import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode, useLayoutEffect } from 'react';
import { App } from './app.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

interface Props {
  queryClient: QueryClient;
  /** Called once React has put its first render on the page (or taken over a prerendered one). */
  onCommitted?: () => void;
}

/**
 * The whole React tree, the same in the browser and in the build's prerender: hydration needs both
 * sides to render exactly this.
 */
export function AppRoot({ queryClient, onCommitted }: Props) {
  return (
    <StrictMode>
      <ErrorBoundary>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </ErrorBoundary>
      <Committed onCommitted={onCommitted} />
    </StrictMode>
  );
}

function Committed({ onCommitted }: Pick<Props, 'onCommitted'>) {
  // A layout effect: the page takes input in the same frame React commits, not one later.
  useLayoutEffect(() => onCommitted?.(), [onCommitted]);
  return null;
}
