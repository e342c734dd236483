import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { corpusQueryOptions } from './app/corpus-query.ts';
import { ErrorBoundary } from './app/error-boundary.tsx';
import './index.css';

const queryClient = new QueryClient();
// Ask for the corpus now, not from an effect after the loading state has rendered and painted:
// the download and parse then overlap the first render instead of following it.
void queryClient.prefetchQuery(corpusQueryOptions());
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
