# R side of bench/survey.sh: times svydesign, svymean of the 20 indicators, svyby of them over the 38 provinces and
# svyciprop(logit) of the first, on the CSV Netra wrote. Usage: Rscript survey.R <data.csv> <out.csv>
suppressPackageStartupMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
d <- read.csv(args[1], colClasses = c(prov = "factor", psu = "integer"))
ys <- paste0("y", 1:20)
f <- as.formula(paste("~", paste(ys, collapse = "+")))
out <- list()
t_design <- system.time(des <- svydesign(ids = ~psu, strata = ~prov, weights = ~w, data = d, nest = TRUE))[["elapsed"]]
t_mean <- system.time(m <- svymean(f, des))[["elapsed"]]
t_by <- system.time(b <- svyby(f, ~prov, des, svymean))[["elapsed"]]
t_ci <- system.time(ci <- svyciprop(~y1, des, method = "logit"))[["elapsed"]]
for (y in ys) {
  out[[paste("mean", y, sep = "|")]] <- coef(m)[[y]]
  out[[paste("mean.se", y, sep = "|")]] <- SE(m)[[y]]
  for (p in rownames(b)) {
    out[[paste("by", p, y, sep = "|")]] <- b[p, y]
    out[[paste("by.se", p, y, sep = "|")]] <- b[p, paste0("se.", y)]
  }
}
out[["ciprop|logit|lower"]] <- confint(ci)[1]
out[["ciprop|logit|upper"]] <- confint(ci)[2]
out[["time|design"]] <- t_design
out[["time|mean"]] <- t_mean
out[["time|by"]] <- t_by
out[["time|ciprop"]] <- t_ci
v <- unlist(out)
write.csv(data.frame(name = names(v), value = sprintf("%.17g", v)), args[2], row.names = FALSE)
