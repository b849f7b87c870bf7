# legend
