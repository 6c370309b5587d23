## 通用
error-generic = 抱歉，系统出了点问题，请稍后再试。
