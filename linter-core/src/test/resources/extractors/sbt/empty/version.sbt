// nothing yet

