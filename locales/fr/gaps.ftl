# gaps
