## Shared
error-generic = Sorry, something went wrong on our side. Please try again in a moment.
